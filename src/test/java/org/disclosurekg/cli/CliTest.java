package org.disclosurekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.disclosurekg.Converter;
import org.disclosurekg.fixtures.Golden;
import org.disclosurekg.fixtures.GraphDiff;
import org.disclosurekg.fixtures.Seeds;
import org.disclosurekg.fixtures.TidyRows;
import org.disclosurekg.map.TidyCsvWriter;
import org.disclosurekg.vocab.DKG;
import org.disclosurekg.vocab.QB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a user meets it: outputs that parse, clear errors, and the documented exit codes. */
class CliTest {
    static List<Path> seeds() {
        return Seeds.inputs();
    }

    /** Convert prints to the {@code CommandLine}'s out, so a caller that injects its streams gets the graph. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void convertPrintsTheGoldenGraphOnStandardOutput(Path seed) {
        CliRun run = CliRun.of("convert", seed.toString());
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.out().isBlank(), "convert printed nothing on the CommandLine's out");
        Model printed = RDFParser.fromString(run.out(), Lang.TURTLE).toModel();
        GraphDiff.assertIsomorphic(Golden.read(Seeds.expected(seed)), printed);
    }

    @Test
    void convertCsvOfTheSeedDirectoryHasTheHeaderAndOneRowPerNumber() throws IOException {
        CliRun run = CliRun.of("convert", "--format", "csv", Seeds.DIR.toString());
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.out().isBlank(), "convert printed nothing on the CommandLine's out");
        assertCsv(run.out());
    }

    @Test
    void convertCsvToAFileHasTheHeaderAndOneRowPerNumber(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("seeds.csv");
        CliRun run = CliRun.of("convert", "-o", file.toString(), "--format", "csv", Seeds.DIR.toString());
        assertEquals(0, run.exit(), run.err());
        assertCsv(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The exact header, ten cells a row, and as many rows as the seeds have stated numbers, each once. */
    private static void assertCsv(String csv) throws IOException {
        List<List<String>> rows = TidyRows.parseCsv(csv);
        assertEquals("source,division,year,scope,table,row,column,value,approximate,unit",
                csv.lines().findFirst().orElse(""));
        assertEquals(TidyCsvWriter.COLUMNS, rows.get(0));
        rows.forEach(r -> assertEquals(10, r.size(), "cells of row " + r));
        long numbers = new Converter().convertAll(List.of(Seeds.DIR)).reports().stream()
                .flatMap(r -> r.facts().facts().stream()).filter(f -> f.value() != null).count();
        assertEquals(numbers, rows.size() - 1, "one row per stated number");
        assertEquals(rows.size(), rows.stream().distinct().count(), "no row twice");
    }

    @ParameterizedTest(name = "--format {0}")
    @ValueSource(strings = {"ttl", "nt", "jsonld", "trig"})
    void convertToAFileWritesAGraphThatParsesInEveryFormat(String format, @TempDir Path dir) {
        Path seed = Seeds.inputs().get(0);
        Path file = dir.resolve("out." + format);
        CliRun run = CliRun.of("convert", "-o", file.toString(), "--format", format, seed.toString());
        assertEquals(0, run.exit(), run.err());
        Dataset dataset = RDFDataMgr.loadDataset(file.toString());
        Model written = ModelFactory.createUnion(dataset.getDefaultModel(), dataset.getUnionModel());
        GraphDiff.assertIsomorphic(Golden.read(Seeds.expected(seed)), written);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"not-a-pdf.pdf, 'this is text, not a PDF'", "empty.txt, ''"})
    void aBrokenFileIsReportedOnceAndTheGoodReportStillConverts(String name, String content, @TempDir Path dir)
            throws IOException {
        Path seed = Seeds.inputs().get(0);
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        Files.copy(seed, inputs.resolve(seed.getFileName()));
        Files.writeString(inputs.resolve(name), content);
        Path out = dir.resolve("out.ttl");
        CliRun run = CliRun.of("convert", "-o", out.toString(), inputs.toString());
        assertEquals(1, run.exit(), run.err());
        assertEquals(1, run.errors().size(), run.err());
        assertTrue(run.errors().get(0).matches("error: .*" + name.replace(".", "\\.") + ": \\S.*"), run.err());
        GraphDiff.assertIsomorphic(Golden.read(Seeds.expected(seed)), RDFDataMgr.loadModel(out.toString()));
    }

    @Test
    void aMissingInputIsAnError(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-report.txt");
        CliRun run = CliRun.of("convert", "-o", dir.resolve("out.ttl").toString(), missing.toString());
        assertEquals(1, run.exit());
        assertEquals(1, run.errors().size(), run.err());
        assertTrue(run.errors().get(0).contains("no-such-report.txt"), run.err());
    }

    @Test
    void validateAcceptsAGoldenGraph() {
        Path golden = Seeds.expected(Seeds.inputs().get(0));
        CliRun run = CliRun.of("validate", golden.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("conforms"), run.out());
    }

    @Test
    void validateRejectsAnObservationWithoutItsReport(@TempDir Path dir) throws IOException {
        Model graph = Golden.read(Seeds.expected(seedWithObservations()));
        Resource obs = graph.listSubjectsWithProperty(RDF.type, QB.Observation).next();
        graph.removeAll(obs, DKG.report, null);
        Path broken = dir.resolve("broken.ttl");
        try (var out = Files.newOutputStream(broken)) {
            RDFDataMgr.write(out, graph, Lang.TURTLE);
        }
        CliRun run = CliRun.of("validate", broken.toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("does NOT conform"), run.out());
        assertTrue(run.out().contains("dkg:report"), "the problem names the missing property:\n" + run.out());
    }

    private static Path seedWithObservations() {
        return Seeds.inputs().stream()
                .filter(s -> Golden.read(Seeds.expected(s)).contains(null, RDF.type, QB.Observation)).findFirst()
                .orElseThrow(() -> new AssertionError("no seed graph has an observation"));
    }

    @Test
    void validateRejectsAFileThatIsNotRdf(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.ttl"), "this is not Turtle <");
        CliRun run = CliRun.of("validate", broken.toString());
        assertEquals(1, run.exit());
        assertEquals(1, run.errors().size(), run.err());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = CliRun.of("convert", "--no-such-option", "seeds");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--no-such-option"), run.err());
    }

    @Test
    void convertWithoutInputIsAUsageError() {
        assertEquals(2, CliRun.of("convert").exit());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertEquals(2, CliRun.of("convert", "--format", "xml", "seeds").exit());
    }

    @Test
    void helpListsTheSubcommandsAndExitsZero() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("convert") && run.out().contains("validate") && run.out().contains("bench"),
                run.out());
    }

    @Test
    void versionExitsZero() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("disclosure-kg "), run.out());
    }
}
