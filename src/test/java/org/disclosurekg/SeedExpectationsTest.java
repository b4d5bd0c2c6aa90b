package org.disclosurekg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.disclosurekg.extract.ReportFacts;
import org.disclosurekg.fixtures.ExpectedCells;
import org.disclosurekg.fixtures.Scorecard;
import org.disclosurekg.read.ReportReadException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hand-verified number of the seed reports is found with its value, and nothing is read from a
 * table the expectation says was lost (the same cells {@code shared/tools/score.py} scores).
 */
class SeedExpectationsTest {
    static Stream<String> seeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".ttl")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyExpectedCellIsFoundAndNoneInvented(String seed) throws IOException, ReportReadException {
        ReportFacts facts = new Converter().convert(Path.of("seeds", seed)).facts();
        String stem = seed.substring(0, seed.lastIndexOf('.'));
        ExpectedCells expected = ExpectedCells.read(Path.of("src/test/resources/expected/seeds", stem + ".json"));
        Scorecard card = new Scorecard();
        card.add(seed, facts, expected);
        assertEquals(List.of(), card.misses(), card.summary());
        assertEquals(List.of(), card.invented(), card.summary());
        assertTrue(card.accuracy() == 100.0, card.summary());
    }
}
