package org.disclosurekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DigitRunsTest {
    private static final Predicate<List<Long>> ROW_ADDS_UP = cells -> cells.size() < 7
            || cells.subList(0, 6).stream().mapToLong(Long::longValue).sum() == cells.get(6);

    @Test
    void splitsARunTogetherRowTheOnlyWayItAddsUp() {
        assertEquals(List.of(List.of(22L, 0L, 0L, 0L, 0L, 3L, 25L)),
                DigitRuns.splits(List.of("220000325"), 7, ROW_ADDS_UP).stream()
                        .filter(s -> s.get(0) == 22L).toList());
        assertEquals(List.of(List.of(23L, 0L, 0L, 0L, 0L, 0L, 23L)),
                DigitRuns.splits(List.of("230", "000023"), 7, ROW_ADDS_UP));
    }

    @Test
    void reportsEveryReadingThatFits() {
        List<List<Long>> splits = DigitRuns.splits(List.of("270020130"), 7, ROW_ADDS_UP);
        assertTrue(splits.contains(List.of(27L, 0L, 0L, 2L, 0L, 1L, 30L)));
        assertTrue(splits.contains(List.of(2L, 7L, 0L, 0L, 20L, 1L, 30L)));
    }

    @Test
    void neverStartsACellWithZero() {
        assertEquals(List.of(List.of(0L, 0L, 7L)), DigitRuns.splits(List.of("007"), 3, p -> true));
        assertEquals(List.of(), DigitRuns.splits(List.of("07"), 1, p -> true));
    }

    @Test
    void everyRunGivesAtLeastOneCell() {
        assertEquals(List.of(), DigitRuns.splits(List.of("1", "2", "3"), 2, p -> true));
        assertEquals(List.of(List.of(1L, 2L, 3L)), DigitRuns.splits(List.of("1", "23"), 3, p -> true));
    }

    /** Random rows that add up, concatenated: their split always includes the row, and every split is exact. */
    @Test
    void recoversRandomRowsAmongItsSplits() {
        long seed = 20261201L;
        Random random = new Random(seed);
        for (int n = 0; n < 300; n++) {
            List<Long> row = new ArrayList<>();
            long sum = 0;
            for (int i = 0; i < 6; i++) {
                long v = random.nextInt(4) == 0 ? random.nextInt(2000) : random.nextInt(3);
                row.add(v);
                sum += v;
            }
            row.add(sum);
            String run = row.stream().map(String::valueOf).collect(Collectors.joining());
            List<List<Long>> splits = DigitRuns.splits(List.of(run), 7, ROW_ADDS_UP);
            assertTrue(splits.contains(row), "seed " + seed + ": " + row + " not among the splits of " + run);
            for (List<Long> split : splits) {
                assertEquals(run, split.stream().map(String::valueOf).collect(Collectors.joining()), "seed " + seed);
                assertTrue(ROW_ADDS_UP.test(split), "seed " + seed);
            }
        }
    }
}
