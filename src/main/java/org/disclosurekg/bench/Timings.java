package org.disclosurekg.bench;

import java.util.ArrayList;
import java.util.List;

/** Timed conversions: the duration of each (nanoseconds) and the triples they produced, with summaries. */
public final class Timings {
    private final List<Long> nanos = new ArrayList<>();
    private long triples;

    /** Adds one conversion. */
    public void add(long duration, long triplesProduced) {
        nanos.add(duration);
        triples += triplesProduced;
    }

    /** Adds all conversions of another. */
    public void addAll(Timings other) {
        nanos.addAll(other.nanos);
        triples += other.triples;
    }

    /** How many conversions there are. */
    public int count() {
        return nanos.size();
    }

    /** The triples produced by all of them. */
    public long triples() {
        return triples;
    }

    /** The sum of all durations, in nanoseconds. */
    public long total() {
        return nanos.stream().mapToLong(Long::longValue).sum();
    }

    /** The mean duration in milliseconds; 0 when empty. */
    public double meanMillis() {
        return nanos.isEmpty() ? 0 : total() / 1e6 / nanos.size();
    }

    /** The nearest-rank percentile ({@code 0 < p <= 100}) in milliseconds; 0 when empty. */
    public double percentileMillis(double p) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = nanos.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1) / 1e6;
    }

    /** Conversions per second of conversion time; 0 when empty. */
    public double perSecond() {
        return rate(nanos.size());
    }

    /** Triples per second of conversion time; 0 when empty. */
    public double triplesPerSecond() {
        return rate(triples);
    }

    private double rate(long amount) {
        long total = total();
        return total == 0 ? 0 : amount / (total / 1e9);
    }
}
