package org.disclosurekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class LoadRecordTest {
    @Test
    void aRecordReadsBackAsWritten() {
        LoadRecord r = new LoadRecord("http://127.0.0.1:3030/", Instant.parse("2026-12-01T10:00:00Z"), 5,
                List.of("a.txt: unreadable", "b.pdf: empty"));
        assertEquals(r, LoadRecord.fromGraph(r.toGraph()).orElseThrow());
    }

    @Test
    void anEmptyGraphHoldsNoRecord() {
        assertTrue(LoadRecord.fromGraph(GraphFactory.createDefaultGraph()).isEmpty());
    }
}
