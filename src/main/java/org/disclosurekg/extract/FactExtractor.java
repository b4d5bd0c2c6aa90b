package org.disclosurekg.extract;

import java.util.ArrayList;
import java.util.List;
import org.disclosurekg.document.ReportDocument;

/** Reads identity, table cells and narrative numbers out of a report document. */
public final class FactExtractor {

    /** Extracts everything this converter knows how to read from the document. */
    public ReportFacts extract(ReportDocument document) {
        Flow flow = Flow.of(document);
        Sections sections = Sections.of(flow);
        List<Fact> facts = new ArrayList<>();
        List<ExtractionNote> notes = new ArrayList<>();
        for (Table3Reader.Result r : List.of(
                Table2Reader.read(flow, sections.start(2), sections.end(2), Template.V2019),
                Table3Reader.read(flow, sections.start(3), sections.end(3)),
                Table4Reader.read(flow, sections.start(4), sections.end(4)),
                LegacyTableReader.read(flow, List.of()))) {
            facts.addAll(r.facts());
            notes.addAll(r.notes());
        }
        ReportIdentity identity = new ReportIdentity("", "", false, null, "not extracted yet", null,
                Template.V2019, "");
        return new ReportFacts(document.sourceName(), document.mediaType(), document.sha256(),
                document.charset(), document.traditional(), identity, facts, notes);
    }
}
