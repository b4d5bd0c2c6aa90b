package org.disclosurekg.extract;

import java.util.List;

/**
 * Everything read from one report.
 *
 * @param sourceName the file name, without directories
 * @param mediaType the source format's media type
 * @param sha256 lowercase hex SHA-256 of the source file
 * @param charset the character set the text was decoded with
 * @param traditional true when the text was converted from Traditional characters
 * @param identity body, division, year and template
 * @param facts every number, in reading order
 * @param notes what could not be read, and why
 */
public record ReportFacts(String sourceName, String mediaType, String sha256, String charset,
        boolean traditional, ReportIdentity identity, List<Fact> facts, List<ExtractionNote> notes) {
    public ReportFacts {
        facts = List.copyOf(facts);
        notes = List.copyOf(notes);
    }
}
