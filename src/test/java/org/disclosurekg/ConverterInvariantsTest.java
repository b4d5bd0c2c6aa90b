package org.disclosurekg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.disclosurekg.extract.Fact;
import org.disclosurekg.extract.ReportTable;
import org.disclosurekg.fixtures.GraphDiff;
import org.disclosurekg.fixtures.Noise;
import org.disclosurekg.fixtures.Seeds;
import org.disclosurekg.fixtures.SyntheticReports;
import org.disclosurekg.fixtures.TidyRows;
import org.disclosurekg.map.Iris;
import org.disclosurekg.map.TidyCsvWriter;
import org.disclosurekg.read.ReportReadException;
import org.disclosurekg.vocab.DKG;
import org.disclosurekg.vocab.SDMX;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties every conversion has, over the seeds and over random synthetic reports: determinism, the same
 * content under harmless noise, IRIs that parse, years that are {@code xsd:gYear}, a tidy CSV that says
 * what the graph says, and (synthetic reports only) every table number read back. The random generator's
 * seed is fixed and printed in every failure message.
 */
class ConverterInvariantsTest {
    /** Fixed so that any failure can be reproduced; change it locally to explore other inputs. */
    static final long SEED = 20240611L;
    private static final int SYNTHETIC = 8;
    private static final Set<ReportTable> TABLES = Set.of(ReportTable.T2, ReportTable.T3, ReportTable.T4);

    /** One input: a file name and its bytes. */
    record Sample(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name;
        }

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static List<Sample> samples() {
        List<Sample> samples = new ArrayList<>();
        for (Path seed : Seeds.inputs()) {
            samples.add(new Sample(seed.getFileName().toString(), read(seed)));
        }
        for (int i = 0; i < SYNTHETIC; i++) {
            String text = SyntheticReports.generate(new Random(SEED + i));
            samples.add(new Sample("synthetic-" + i + ".txt", text.getBytes(StandardCharsets.UTF_8)));
        }
        return samples;
    }

    static Stream<Arguments> noisySamples() {
        return samples().stream().filter(s -> s.name().endsWith(".txt"))
                .flatMap(s -> Arrays.stream(Noise.values()).map(n -> Arguments.of(s, n)));
    }

    private static String context(Sample sample) {
        return "sample " + sample + ", random seed " + SEED;
    }

    private static Model convert(Converter converter, Path dir, Sample sample) throws IOException, ReportReadException {
        Files.createDirectories(dir);
        Path file = Files.write(dir.resolve(sample.name()), sample.bytes());
        return converter.convert(file).model();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void convertingTwiceGivesTheSameGraph(Sample sample, @TempDir Path dir) throws IOException, ReportReadException {
        Converter converter = new Converter();
        Model first = convert(converter, dir.resolve("a"), sample);
        Model again = convert(converter, dir.resolve("a"), sample);
        Model fresh = convert(new Converter(), dir.resolve("b"), sample);
        GraphDiff.assertIsomorphic(first, again, "the same converter twice, " + context(sample));
        GraphDiff.assertIsomorphic(first, fresh, "a second converter, " + context(sample));
    }

    /**
     * The noisy file has the same name and the same text up to the noise; only the triples that describe
     * the file's bytes may differ, and only those each kind of noise names ({@link Noise#fileTriples()}):
     * {@code dkg:sha256} always (the bytes differ), {@code dkg:sourceCharset} for GB18030 (the text is
     * decoded with another charset), {@code dkg:sourceLine} for extra blank lines (numbers move down).
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("noisySamples")
    void harmlessNoiseGivesTheSameContent(Sample sample, Noise noise, @TempDir Path dir)
            throws IOException, ReportReadException {
        Random random = new Random(SEED ^ (31L * sample.name().hashCode() + noise.ordinal()));
        Sample noisy = new Sample(sample.name(), noise.apply(sample.text(), random));
        assertFalse(Arrays.equals(sample.bytes(), noisy.bytes()), noise + " changed nothing, " + context(sample));
        Converter converter = new Converter();
        Model original = withoutFileTriples(convert(converter, dir.resolve("original"), sample), noise.fileTriples());
        Model changed = withoutFileTriples(convert(converter, dir.resolve("noisy"), noisy), noise.fileTriples());
        GraphDiff.assertIsomorphic(original, changed, noise + " changed the graph beyond " + noise.fileTriples()
                + ", " + context(sample));
    }

    private static Model withoutFileTriples(Model model, Set<Property> fileTriples) {
        Model copy = ModelFactory.createDefaultModel().add(model);
        fileTriples.forEach(p -> copy.removeAll(null, p, null));
        return copy;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyIriParsesAndMintedIrisAreAscii(Sample sample, @TempDir Path dir) throws IOException, ReportReadException {
        Model model = convert(new Converter(), dir, sample);
        List<String> bad = new ArrayList<>();
        model.getGraph().find().forEachRemaining(t -> Stream.of(t.getSubject(), t.getPredicate(), t.getObject())
                .filter(Node::isURI).map(Node::getURI).distinct().forEach(iri -> checkIri(iri, bad)));
        assertEquals(List.of(), bad.stream().distinct().sorted().toList(), context(sample));
    }

    private static void checkIri(String iri, List<String> bad) {
        try {
            IRIx parsed = IRIx.create(iri);
            if (!parsed.isReference()) {
                bad.add(iri + ": not an IRI with a scheme");
            }
            parsed.handleViolations((error, message) -> bad.add(iri + ": " + message));
        } catch (IRIException e) {
            bad.add(iri + ": " + e.getMessage());
        }
        if (iri.startsWith(Iris.DEFAULT_BASE) && !StandardCharsets.US_ASCII.newEncoder().canEncode(iri)) {
            bad.add(iri + ": a minted IRI holds non-ASCII text");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyYearIsAGYear(Sample sample, @TempDir Path dir) throws IOException, ReportReadException {
        Model model = convert(new Converter(), dir, sample);
        List<String> bad = new ArrayList<>();
        for (Property p : List.of(DKG.reportYear, SDMX.refPeriod)) {
            model.listObjectsOfProperty(p).forEachRemaining(o -> {
                Literal year = o.isLiteral() ? o.asLiteral() : null;
                if (year == null || !XSDDatatype.XSDgYear.getURI().equals(year.getDatatypeURI())
                        || !XSDDatatype.XSDgYear.isValid(year.getLexicalForm())
                        || !year.getLexicalForm().matches("[12][0-9]{3}")) {
                    bad.add(p.getLocalName() + " " + o);
                }
            });
        }
        assertEquals(List.of(), bad, context(sample));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theTidyCsvAndTheGraphSayTheSame(Sample sample, @TempDir Path dir) throws IOException, ReportReadException {
        Path file = Files.write(dir.resolve(sample.name()), sample.bytes());
        Converter.ConvertedReport report = new Converter().convert(file);
        StringWriter csv = new StringWriter();
        new TidyCsvWriter(csv).write(report.facts());
        List<String> fromCsv = TidyRows.fromCsv(csv.toString());
        List<String> fromGraph = TidyRows.fromGraph(report.model());
        assertEquals("", TidyRows.difference(fromCsv, fromGraph), context(sample));
        assertEquals(report.facts().facts().stream().filter(f -> f.value() != null).count(), fromCsv.size(),
                "one CSV row per stated number, " + context(sample));
    }

    static IntStream synthetic() {
        return IntStream.range(0, SYNTHETIC);
    }

    /** The generator knows every table cell it wrote; the reader must find each, and nothing else, in t2-t4. */
    @ParameterizedTest(name = "synthetic-{0}")
    @MethodSource("synthetic")
    void everyTableNumberOfARandomReportIsReadBack(int i, @TempDir Path dir) throws IOException, ReportReadException {
        SyntheticReports.Report generated = SyntheticReports.report(new Random(SEED + i));
        Path file = Files.writeString(dir.resolve("synthetic-" + i + ".txt"), generated.text());
        Map<String, String> read = new TreeMap<>();
        for (Fact f : new Converter().convert(file).facts().facts()) {
            if (f.value() != null && TABLES.contains(f.table())) {
                read.put(f.table().key() + "/" + f.row() + "/" + f.column(), f.value().toPlainString());
            }
        }
        Map<String, String> written = new TreeMap<>();
        generated.cells().forEach((k, v) -> written.put(k, v.toString()));
        assertEquals(written, read, "synthetic-" + i + ", random seed " + SEED + ":\n" + generated.text());
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
