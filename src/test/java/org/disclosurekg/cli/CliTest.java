package org.disclosurekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import picocli.CommandLine;

/** The command line as a user meets it: outputs that parse, clear errors, and the documented exit codes. */
class CliTest {
    /** What one run printed, and its exit code. */
    record Run(int exit, String out, String err) {
        List<String> errors() {
            return err.lines().filter(l -> l.startsWith("error: ")).toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static List<Path> seeds() {
        return Seeds.inputs();
    }

    /**
     * Known bug when written (not fixed here: cli/ConvertCommand is outside this test's area): convert writes
     * to {@code System.out}, not to the {@code CommandLine}'s out, so a caller that injects its streams
     * (as picocli intends, and as the server or a test does) gets nothing.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void convertPrintsTheGoldenGraphOnStandardOutput(Path seed) {
        Run run = run("convert", seed.toString());
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.out().isBlank(), "convert printed nothing on the CommandLine's out (BUG: ConvertCommand "
                + "writes to System.out instead of spec.commandLine().getOut())");
        Model printed = RDFParser.fromString(run.out(), Lang.TURTLE).toModel();
        GraphDiff.assertIsomorphic(Golden.read(Seeds.expected(seed)), printed);
    }

    /** Same known bug as {@link #convertPrintsTheGoldenGraphOnStandardOutput}. */
    @Test
    void convertCsvOfTheSeedDirectoryHasTheHeaderAndOneRowPerNumber() throws IOException {
        Run run = run("convert", "--format", "csv", Seeds.DIR.toString());
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.out().isBlank(), "convert printed nothing on the CommandLine's out (BUG: ConvertCommand "
                + "writes to System.out instead of spec.commandLine().getOut())");
        assertCsv(run.out());
    }

    @Test
    void convertCsvToAFileHasTheHeaderAndOneRowPerNumber(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("seeds.csv");
        Run run = run("convert", "-o", file.toString(), "--format", "csv", Seeds.DIR.toString());
        assertEquals(0, run.exit(), run.err());
        assertCsv(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The exact header, ten cells a row, and as many rows as the seeds have stated numbers, each once. */
    private static void assertCsv(String csv) throws IOException {
        List<List<String>> rows = TidyRows.parseCsv(csv);
        assertEquals("source,division,year,scope,table,row,column,value,approximate,unit", csv.lines().findFirst().orElse(""));
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
        Run run = run("convert", "-o", file.toString(), "--format", format, seed.toString());
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
        Run run = run("convert", "-o", out.toString(), inputs.toString());
        assertEquals(1, run.exit(), run.err());
        assertEquals(1, run.errors().size(), run.err());
        assertTrue(run.errors().get(0).matches("error: .*" + name.replace(".", "\\.") + ": \\S.*"), run.err());
        GraphDiff.assertIsomorphic(Golden.read(Seeds.expected(seed)), RDFDataMgr.loadModel(out.toString()));
    }

    @Test
    void aMissingInputIsAnError(@TempDir Path dir) {
        Run run = run("convert", "-o", dir.resolve("out.ttl").toString(), dir.resolve("no-such-report.txt").toString());
        assertEquals(1, run.exit());
        assertEquals(1, run.errors().size(), run.err());
        assertTrue(run.errors().get(0).contains("no-such-report.txt"), run.err());
    }

    @Test
    void validateAcceptsAGoldenGraph() {
        Path golden = Seeds.expected(Seeds.inputs().get(0));
        Run run = run("validate", golden.toString());
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
        Run run = run("validate", broken.toString());
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
        Run run = run("validate", broken.toString());
        assertEquals(1, run.exit());
        assertEquals(1, run.errors().size(), run.err());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run run = run("convert", "--no-such-option", "seeds");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--no-such-option"), run.err());
    }

    @Test
    void convertWithoutInputIsAUsageError() {
        assertEquals(2, run("convert").exit());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertEquals(2, run("convert", "--format", "xml", "seeds").exit());
    }

    @Test
    void benchPrintsItsSummaryForEachFormat() {
        Run run = run("bench", "--warmup", "0", "--iterations", "1", Seeds.inputs().get(0).toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("1 files, 0 warm-up + 1 measured rounds"), run.out());
        assertTrue(lines.get(1).matches("format +reports +reports/s +mean ms +p95 ms +triples/s"), run.out());
        assertTrue(lines.get(2).matches("text +1 .*"), run.out());
        assertTrue(lines.get(3).startsWith("peak heap "), run.out());
    }

    @Test
    void benchWithNothingToConvertFails(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Run run = run("bench", "--warmup", "0", "--iterations", "1", empty.toString());
        assertEquals(1, run.exit());
        assertEquals(2, run.errors().size(), run.err());
    }

    @Test
    void benchWithoutMeasuredRoundsIsAUsageError() {
        assertEquals(2, run("bench", "--iterations", "0", Seeds.DIR.toString()).exit());
    }

    @Test
    void helpListsTheSubcommandsAndExitsZero() {
        Run run = run("--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("convert") && run.out().contains("validate") && run.out().contains("bench"),
                run.out());
    }

    @Test
    void versionExitsZero() {
        Run run = run("--version");
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("disclosure-kg "), run.out());
    }
}
