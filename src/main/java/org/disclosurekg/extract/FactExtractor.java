package org.disclosurekg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.disclosurekg.document.ReportDocument;
import org.disclosurekg.document.SourceRef;

/**
 * Reads a report document: its identity first, then the narrative numbers, then tables 二, 三 and 四 and
 * a pre-2019 statistics table. A number read twice under the same key keeps its table reading (the table
 * is the report's own statement), and the repeat is noted.
 */
public final class FactExtractor {
    private final IdentityExtractor identities = new IdentityExtractor();
    private final NarrativeExtractor narratives = new NarrativeExtractor();

    /** Extracts everything this converter knows how to read from the document. */
    public ReportFacts extract(ReportDocument document) {
        List<ExtractionNote> notes = new ArrayList<>();
        document.warnings().forEach(w -> notes.add(new ExtractionNote("readerWarning", w, SourceRef.UNKNOWN)));
        IdentityExtractor.Result id = identities.identify(document);
        notes.addAll(id.notes());
        NarrativeExtractor.Result narrative = narratives.read(document, id.identity());
        notes.addAll(narrative.notes());
        Flow flow = Flow.of(document);
        Sections sections = Sections.of(flow);
        List<Fact> tables = new ArrayList<>();
        for (TableReading r : List.of(
                Table2Reader.read(flow, sections.start(2), sections.end(2), id.identity().template()),
                Table3Reader.read(flow, sections.start(3), sections.end(3)),
                Table4Reader.read(flow, sections.start(4), sections.end(4)),
                LegacyTableReader.read(flow, narrative.facts()))) {
            tables.addAll(r.facts());
            notes.addAll(r.notes());
        }
        List<Fact> facts = merge(tables, narrative.facts(), notes);
        return new ReportFacts(document.sourceName(), document.mediaType(), document.sha256(),
                document.charset(), document.traditional(), id.identity(), facts, notes);
    }

    /** Table facts, then narrative facts whose key the tables did not already give. */
    private static List<Fact> merge(List<Fact> tables, List<Fact> narrative, List<ExtractionNote> notes) {
        List<Fact> facts = new ArrayList<>();
        Set<FactKey> keys = new HashSet<>();
        for (Fact f : tables) {
            if (keys.add(f.key())) {
                facts.add(f);
            } else {
                notes.add(new ExtractionNote("duplicateKey", f.key() + " is read twice; the first reading is kept",
                        f.source()));
            }
        }
        for (Fact f : narrative) {
            if (keys.add(f.key())) {
                facts.add(f);
            }
        }
        return facts;
    }
}
