package org.disclosurekg.extract;

import java.util.List;

/** What a table reader read: the cells, and why some could not be read. */
record TableReading(List<Fact> facts, List<ExtractionNote> notes) {
    TableReading {
        facts = List.copyOf(facts);
        notes = List.copyOf(notes);
    }
}
