package org.disclosurekg.document;

import java.util.List;

/**
 * A report as read from one file: normalised blocks in reading order, and what the reader learned about
 * the file itself.
 *
 * @param sourceName the file name, without directories
 * @param mediaType the media type of the source format, e.g. {@code text/plain} or {@code application/pdf}
 * @param sha256 lowercase hex SHA-256 of the file's bytes
 * @param charset the character set the text was decoded with (for binary formats, the one they imply)
 * @param traditional true when the text was converted from Traditional to Simplified characters
 * @param blocks paragraphs and tables in reading order
 * @param warnings problems the reader met but could work around, in words a user understands
 */
public record ReportDocument(String sourceName, String mediaType, String sha256, String charset,
        boolean traditional, List<Block> blocks, List<String> warnings) {
    public ReportDocument {
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }
}
