package org.disclosurekg.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.disclosurekg.Converter;
import org.disclosurekg.map.Iris;
import org.disclosurekg.map.TidyCsvWriter;
import org.disclosurekg.vocab.Prefixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code convert}: report files in, RDF or the tidy CSV out. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert annual reports (files or directories) to RDF or to the tidy CSV.")
public final class ConvertCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { ttl, nt, jsonld, trig, csv }

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--format", defaultValue = "ttl",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--base", defaultValue = Iris.DEFAULT_BASE,
            description = "Base of the minted IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Report files or directories of them.")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        Converter.Batch batch = new Converter(base).convertAll(inputs);
        PrintWriter err = spec.commandLine().getErr();
        batch.failures().forEach(f -> err.println("error: " + f));
        err.flush();
        if (output == null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            write(batch, bytes);
            PrintWriter out = spec.commandLine().getOut();
            out.write(bytes.toString(StandardCharsets.UTF_8));
            out.flush();
        } else {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
                write(batch, out);
            }
            err.println("wrote " + output.toAbsolutePath() + " (" + batch.reports().size() + " reports)");
            err.flush();
        }
        return batch.failures().isEmpty() ? 0 : 1;
    }

    private void write(Converter.Batch batch, OutputStream out) throws IOException {
        if (format == Format.csv) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            TidyCsvWriter csv = new TidyCsvWriter(writer);
            for (Converter.ConvertedReport report : batch.reports()) {
                csv.write(report.facts());
            }
            writer.flush();
            return;
        }
        Model all = ModelFactory.createDefaultModel();
        batch.reports().forEach(r -> all.add(r.model()));
        all.setNsPrefixes(Prefixes.withBase(new Iris(base).base()));
        RDFWriter.source(all).format(switch (format) {
            case nt -> RDFFormat.NTRIPLES;
            case jsonld -> RDFFormat.JSONLD_PRETTY;
            case trig -> RDFFormat.TRIG_PRETTY;
            default -> RDFFormat.TURTLE_PRETTY;
        }).output(out);
        out.flush();
    }
}
