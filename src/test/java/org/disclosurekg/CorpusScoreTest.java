package org.disclosurekg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disclosurekg.fixtures.ExpectedCells;
import org.disclosurekg.fixtures.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * Converts every report of the development corpus and scores it, cell by cell, against the hand-verified
 * numbers (text, HTML and PDF of a report are each scored). Prints the accuracy and every miss.
 */
class CorpusScoreTest {
    /** The share of expected cells that must be found; raise it as the readers improve, never lower it. */
    static final double MIN_ACCURACY = 99.5;

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    @Test
    void theCorpusScoresWithNothingInventedAndNoWrongValue() {
        Converter.Batch batch = new Converter().convertAll(List.of(CORPUS.resolve("reports")));
        for (Converter.Failure failure : batch.failures()) {
            assertTrue(!failure.reason().startsWith("internal error") && !failure.reason().contains("\n"),
                    "a failure must be one clear line, not a crash: " + failure);
        }
        Scorecard card = new Scorecard();
        for (Converter.ConvertedReport report : batch.reports()) {
            String name = report.file().getFileName().toString();
            Path json = CORPUS.resolve("expected").resolve(name.substring(0, name.lastIndexOf('.')) + ".json");
            if (Files.exists(json)) {
                card.add(name, report.facts(), ExpectedCells.read(json));
            }
        }
        System.out.println("corpus score (src/test/resources/corpus):\n" + card.summary());
        batch.failures().forEach(f -> System.out.println("  failed: " + f));
        assertEquals(List.of(), card.invented(), card.summary());
        assertEquals(List.of(), card.wrong(), card.summary());
        assertTrue(card.accuracy() >= MIN_ACCURACY, card.summary());
    }
}
