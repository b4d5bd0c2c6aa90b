package org.disclosurekg.map;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.disclosurekg.extract.ExtractionNote;
import org.disclosurekg.extract.Fact;
import org.disclosurekg.vocab.DKG;

/** The note published when a report states a second number for a key the graph already holds. */
final class DuplicateFacts {
    /** The note code. */
    static final String CODE = "duplicateKey";

    private DuplicateFacts() {
    }

    /** A note saying that {@code fact} was left out because {@code kept} already holds its key. */
    static ExtractionNote note(Fact fact, Resource kept) {
        Statement line = kept.getProperty(DKG.sourceLine);
        String where = line == null ? "" : " (line " + line.getInt() + ")";
        String value = fact.value() == null ? "a blank cell" : fact.value().toPlainString();
        return new ExtractionNote(CODE, "a second number for " + fact.key() + ", " + value
                + ", was left out; the graph keeps the first" + where, fact.source());
    }
}
