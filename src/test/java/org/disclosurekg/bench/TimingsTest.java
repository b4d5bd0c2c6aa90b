package org.disclosurekg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The benchmark's arithmetic on given durations (no timing is measured here). */
class TimingsTest {
    private static Timings millis(long... values) {
        Timings t = new Timings();
        for (long v : values) {
            t.add(v * 1_000_000, 100);
        }
        return t;
    }

    @Test
    void meanAndRatesComeFromTheSummedDurations() {
        Timings t = millis(10, 20, 30, 40);
        assertEquals(25.0, t.meanMillis(), 1e-9);
        assertEquals(40.0, t.perSecond(), 1e-9, "4 conversions in 0.1 s");
        assertEquals(4000.0, t.triplesPerSecond(), 1e-9, "400 triples in 0.1 s");
    }

    @Test
    void p95IsTheNearestRank() {
        Timings t = new Timings();
        for (long ms = 1; ms <= 20; ms++) {
            t.add(ms * 1_000_000, 0);
        }
        assertEquals(19.0, t.percentileMillis(95), 1e-9, "rank ceil(0.95 * 20) = 19");
        assertEquals(20.0, t.percentileMillis(100), 1e-9);
        assertEquals(7.0, millis(7).percentileMillis(95), 1e-9);
    }

    @Test
    void emptyTimingsSummariseToZero() {
        Timings t = new Timings();
        assertEquals(0.0, t.meanMillis());
        assertEquals(0.0, t.percentileMillis(95));
        assertEquals(0.0, t.perSecond());
    }

    @Test
    void addAllMergesConversionsAndTriples() {
        Timings all = millis(10);
        all.addAll(millis(30, 50));
        assertEquals(3, all.count());
        assertEquals(300, all.triples());
        assertEquals(30.0, all.meanMillis(), 1e-9);
    }
}
