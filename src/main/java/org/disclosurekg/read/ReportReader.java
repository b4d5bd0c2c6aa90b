package org.disclosurekg.read;

import org.disclosurekg.document.ReportDocument;

/** Reads one report file of one format into the neutral document model. */
public interface ReportReader {
    /**
     * Reads the bytes of a report file.
     *
     * @param sourceName the file name, without directories, recorded in the document
     * @param bytes the whole file
     * @throws ReportReadException when the bytes are not a readable report of this format
     */
    ReportDocument read(String sourceName, byte[] bytes) throws ReportReadException;
}
