package org.disclosurekg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.disclosurekg.Converter;
import org.disclosurekg.read.ReportFormat;
import org.disclosurekg.read.ReportReadException;

/**
 * Converts the same report files round after round in one JVM: warm-up rounds first (so the JIT has
 * compiled the hot paths), then measured rounds, each conversion timed on its own. Converted graphs are
 * dropped at once, as a batch conversion that writes each report out would.
 */
public final class Benchmark {
    private final Converter converter;
    private final int warmup;
    private final int iterations;

    /** A benchmark of this converter with so many warm-up and measured rounds. */
    public Benchmark(Converter converter, int warmup, int iterations) {
        this.converter = converter;
        this.warmup = warmup;
        this.iterations = iterations;
    }

    /** Runs the rounds over files that are known to convert. */
    public BenchResult run(List<Path> files) throws IOException, ReportReadException {
        for (int i = 0; i < warmup; i++) {
            round(files, new TreeMap<>());
        }
        HeapMeter heap = new HeapMeter();
        heap.reset();
        Map<String, Timings> byFormat = new TreeMap<>();
        long start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            round(files, byFormat);
        }
        long wall = System.nanoTime() - start;
        return new BenchResult(files.size(), warmup, iterations, byFormat, wall, heap.peakBytes(),
                heap.liveBytesAfterGc());
    }

    /** Converts every file once, timing each. */
    private void round(List<Path> files, Map<String, Timings> byFormat) throws IOException, ReportReadException {
        for (Path file : files) {
            long start = System.nanoTime();
            Converter.ConvertedReport report = converter.convert(file);
            long duration = System.nanoTime() - start;
            byFormat.computeIfAbsent(format(file), f -> new Timings()).add(duration, report.model().size());
        }
    }

    private static String format(Path file) {
        return ReportFormat.of(file).map(f -> f.name().toLowerCase(Locale.ROOT)).orElse("other");
    }
}
