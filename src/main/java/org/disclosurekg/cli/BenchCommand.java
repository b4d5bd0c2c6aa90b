package org.disclosurekg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.disclosurekg.Converter;
import org.disclosurekg.bench.BenchResult;
import org.disclosurekg.bench.Benchmark;
import org.disclosurekg.map.Iris;
import org.disclosurekg.read.ReportReadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench}: how fast the converter is and how much heap it needs, measured in this JVM. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Convert the reports round after round in one JVM and print reports/s,",
            "mean and p95 ms per report by input format, triples/s and heap use.",
            "Files that fail are reported and left out (exit code 1)."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3",
            description = "Rounds run first and not measured (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "10",
            description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--base", defaultValue = Iris.DEFAULT_BASE,
            description = "Base of the minted IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Report files or directories of them.")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException, ReportReadException {
        if (warmup < 0 || iterations < 1) {
            throw new ParameterException(spec.commandLine(), "--warmup must be >= 0 and --iterations >= 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        Converter converter = new Converter(base);
        FirstPass first = firstPass(converter, err);
        if (first.files().isEmpty()) {
            err.println("error: no report converted, nothing to measure");
            err.flush();
            return 1;
        }
        BenchResult result = new Benchmark(converter, warmup, iterations).run(first.files());
        PrintWriter out = spec.commandLine().getOut();
        result.lines().forEach(out::println);
        out.flush();
        return first.failures() == 0 ? 0 : 1;
    }

    /** The files that converted and how many failed; the graphs are not kept, so they do not count as heap. */
    private record FirstPass(List<Path> files, int failures) {
    }

    private FirstPass firstPass(Converter converter, PrintWriter err) {
        Converter.Batch batch = converter.convertAll(inputs);
        batch.failures().forEach(f -> err.println("error: " + f));
        err.flush();
        return new FirstPass(batch.reports().stream().map(Converter.ConvertedReport::file).toList(),
                batch.failures().size());
    }
}
