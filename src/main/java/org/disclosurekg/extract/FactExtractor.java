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
        Table3Reader.Result t3 = Table3Reader.read(flow, sections.start(3), sections.end(3));
        facts.addAll(t3.facts());
        notes.addAll(t3.notes());
        ReportIdentity identity = new ReportIdentity("", "", false, null, "not extracted yet", null,
                Template.V2019, "");
        return new ReportFacts(document.sourceName(), document.mediaType(), document.sha256(),
                document.charset(), document.traditional(), identity, facts, notes);
    }
}
