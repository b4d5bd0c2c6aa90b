package org.disclosurekg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a benchmark measured: per input format the timed conversions, the wall time of the measured
 * rounds, and heap use. Rates are per second of conversion time, one conversion at a time.
 *
 * @param files the number of distinct files converted each round
 * @param warmup the number of warm-up rounds (not measured)
 * @param iterations the number of measured rounds
 * @param byFormat the conversions by input format ({@code text}, {@code html} ...)
 * @param wallNanos the wall time of the measured rounds
 * @param peakHeapBytes the summed peak of the heap pools during the measured rounds
 * @param liveHeapBytes the heap in use after a GC at the end
 */
public record BenchResult(int files, int warmup, int iterations, Map<String, Timings> byFormat, long wallNanos,
        long peakHeapBytes, long liveHeapBytes) {

    /** All conversions of the measured rounds, whatever their format. */
    public Timings all() {
        Timings all = new Timings();
        byFormat.values().forEach(all::addAll);
        return all;
    }

    /** The summary as printed lines: the setting, a table by format, and heap use. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        Runtime runtime = Runtime.getRuntime();
        lines.add(String.format(Locale.ROOT, "%d files, %d warm-up + %d measured rounds (%.1f s); Java %s, "
                + "%d processors, max heap %s", files, warmup, iterations, wallNanos / 1e9,
                System.getProperty("java.version"), runtime.availableProcessors(), mib(runtime.maxMemory())));
        lines.add(String.format(Locale.ROOT, "%-8s %8s %10s %9s %9s %12s", "format", "reports", "reports/s",
                "mean ms", "p95 ms", "triples/s"));
        byFormat.forEach((format, t) -> lines.add(row(format, t)));
        if (byFormat.size() > 1) {
            lines.add(row("all", all()));
        }
        lines.add("peak heap " + mib(peakHeapBytes) + " during the measured rounds (sum of heap pool peaks); "
                + mib(liveHeapBytes) + " live after GC");
        return lines;
    }

    private static String row(String format, Timings t) {
        return String.format(Locale.ROOT, "%-8s %8d %10.1f %9.2f %9.2f %12.0f", format, t.count(), t.perSecond(),
                t.meanMillis(), t.percentileMillis(95), t.triplesPerSecond());
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
