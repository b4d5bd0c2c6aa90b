package org.disclosurekg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.disclosurekg.check.AccountingChecker;
import org.disclosurekg.check.Finding;
import org.disclosurekg.document.ReportDocument;
import org.disclosurekg.extract.FactExtractor;
import org.disclosurekg.extract.ReportFacts;
import org.disclosurekg.map.Iris;
import org.disclosurekg.map.ReportMapper;
import org.disclosurekg.read.ReportFormat;
import org.disclosurekg.read.ReportReadException;

/** Read, extract, check and map: the one entry point the command line and the server use. */
public final class Converter {
    private final Iris iris;
    private final FactExtractor extractor = new FactExtractor();
    private final AccountingChecker checker = new AccountingChecker();
    private final ReportMapper mapper;

    public Converter(String base) {
        this.iris = new Iris(base);
        this.mapper = new ReportMapper(iris);
    }

    public Converter() {
        this(Iris.DEFAULT_BASE);
    }

    public Iris iris() {
        return iris;
    }

    /** One report converted, with everything learned on the way. */
    public record ConvertedReport(Path file, ReportDocument document, ReportFacts facts, List<Finding> findings,
            String reportIri, Model model) {
    }

    /** A file that could not be converted, and why. */
    public record Failure(Path file, String reason) {
        @Override
        public String toString() {
            return file + ": " + reason;
        }
    }

    /** The outcome of converting many files: what converted, and what failed. */
    public record Batch(List<ConvertedReport> reports, List<Failure> failures) {
    }

    /** Converts one report file. */
    public ConvertedReport convert(Path file) throws ReportReadException, IOException {
        return convert(file, null);
    }

    private ConvertedReport convert(Path file, Map<String, Integer> seen) throws ReportReadException, IOException {
        byte[] bytes = Files.readAllBytes(file);
        ReportFormat format = ReportFormat.detect(file, bytes);
        ReportDocument document = format.reader().read(file.getFileName().toString(), bytes);
        if (!hasChinese(document)) {
            throw new ReportReadException("read as " + format.name().toLowerCase(java.util.Locale.ROOT)
                    + ", the file holds no Chinese text: it does not look like a disclosure report");
        }
        ReportFacts facts = extractor.extract(document);
        List<Finding> findings = checker.check(facts);
        String reportIri = iris.report(facts.identity());
        if (seen != null) {
            int n = seen.merge(reportIri, 1, Integer::sum);
            if (n > 1) {
                reportIri = reportIri + "/" + facts.sha256().substring(0, 8);
            }
        }
        Model model = mapper.map(facts, findings, reportIri);
        return new ConvertedReport(file, document, facts, findings, reportIri, model);
    }

    /**
     * Converts files and directories (recursively, in sorted order); a file that fails is recorded and
     * the others are still converted.
     */
    public Batch convertAll(List<Path> inputs) {
        List<ConvertedReport> reports = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Path file : expand(inputs, failures)) {
            try {
                reports.add(convert(file, seen));
            } catch (ReportReadException | IOException e) {
                failures.add(new Failure(file, e.getMessage()));
            } catch (RuntimeException e) {
                failures.add(new Failure(file, "internal error: " + e));
            }
        }
        return new Batch(reports, failures);
    }

    private static boolean hasChinese(ReportDocument document) {
        for (org.disclosurekg.document.Block b : document.blocks()) {
            if (b instanceof org.disclosurekg.document.Paragraph p && containsHan(p.text())) {
                return true;
            }
            if (b instanceof org.disclosurekg.document.Table t && t.rows().stream()
                    .anyMatch(r -> r.cells().stream().anyMatch(c -> containsHan(c.text())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The report files named by the inputs: files as given, directories walked for known extensions. */
    static List<Path> expand(List<Path> inputs, List<Failure> failures) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> ReportFormat.of(p).isPresent())
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    failures.add(new Failure(input, "cannot list the directory: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                failures.add(new Failure(input, "no such file or directory"));
            }
        }
        return files;
    }
}
