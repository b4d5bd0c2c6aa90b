package org.disclosurekg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.disclosurekg.Converter;
import org.disclosurekg.check.Finding;
import org.disclosurekg.extract.ReportIdentity;
import org.disclosurekg.validate.ReportValidator;
import org.disclosurekg.validate.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate}: what the converter reads from each report, and whether its graph conforms. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"For each report: its identity, template, number of facts and failed accounting checks,",
            "and whether its graph conforms to the SHACL shapes. RDF files (.ttl .nt .jsonld .trig) are",
            "checked against the shapes and for undeclared terms."})
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Reports, directories of reports, or RDF files.")
    List<Path> inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportValidator validator = new ReportValidator();
        List<Path> reports = new ArrayList<>();
        boolean ok = true;
        for (Path input : inputs) {
            if (isRdf(input)) {
                ok &= rdf(input, validator, out, err);
            } else {
                reports.add(input);
            }
        }
        if (!reports.isEmpty()) {
            Converter.Batch batch = new Converter().convertAll(reports);
            for (Converter.ConvertedReport r : batch.reports()) {
                ok &= report(r, validator.validate(r.model()), out);
            }
            batch.failures().forEach(f -> err.println("error: " + f));
            ok &= batch.failures().isEmpty();
        }
        out.flush();
        err.flush();
        return ok ? 0 : 1;
    }

    private static boolean report(Converter.ConvertedReport r, ValidationResult result, PrintWriter out) {
        ReportIdentity id = r.facts().identity();
        List<Finding> failed = r.findings().stream().filter(f -> !f.holds()).toList();
        out.printf("%s: %s | division %s | year %s | template %s | %d facts | %d checks, %d failed | %s%n",
                r.file().getFileName(), id.body().isEmpty() ? "(body unknown)" : id.body(),
                id.divisionCode() == null ? "none (" + id.divisionNote() + ")" : id.divisionCode(),
                id.year() == null ? "unknown" : id.year(), id.template().key(),
                r.facts().facts().stream().filter(f -> f.value() != null).count(), r.findings().size(), failed.size(),
                result.conforms() ? "graph conforms" : "graph does NOT conform");
        failed.forEach(f -> out.println("    check failed: " + f.message()));
        r.facts().notes().forEach(n -> out.println("    note: " + n.message() + " (" + n.source() + ")"));
        result.problems().forEach(p -> out.println("    shape: " + p));
        return result.conforms();
    }

    private static boolean rdf(Path file, ReportValidator validator, PrintWriter out, PrintWriter err) {
        try {
            Model model = RDFDataMgr.loadModel(file.toString());
            ValidationResult result = validator.validate(model);
            out.println(file + ": " + model.size() + " triples | " + (result.conforms() ? "conforms" : "does NOT conform"));
            result.problems().forEach(p -> out.println("    " + p));
            return result.conforms();
        } catch (RiotException e) {
            err.println("error: " + file + ": not readable RDF: " + e.getMessage());
            return false;
        }
    }

    private static boolean isRdf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ttl") || name.endsWith(".nt") || name.endsWith(".jsonld") || name.endsWith(".trig")
                || name.endsWith(".rdf") || name.endsWith(".nq");
    }
}
