package org.disclosurekg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits runs of digits whose cell boundaries were lost ({@code 21710000218}, {@code 230 000023}) into a
 * given number of cells. Every run yields at least one cell, no cell but 0 itself starts with 0, and a
 * caller-supplied rule prunes prefixes that already break the table's identities. The result lists every
 * split that fits; the caller takes one only when it is the only one.
 */
final class DigitRuns {
    /** Enough for any real table; a search that finds more gives up rather than guess. */
    static final int MAX_SPLITS = 5000;
    private static final int MAX_DIGITS_PER_CELL = 9;

    private DigitRuns() {
    }

    /**
     * All ways to read the runs as exactly {@code cells} numbers.
     *
     * @param runs digit strings, in order
     * @param cells how many numbers the row holds
     * @param prefixOk tells whether a prefix of numbers can still belong to a valid row; called with
     *     each prefix as it grows, and with the whole row at the end
     * @return the splits, or an empty list; at most {@link #MAX_SPLITS} (more means "too many to tell")
     */
    static List<List<Long>> splits(List<String> runs, int cells, Predicate<List<Long>> prefixOk) {
        int digits = runs.stream().mapToInt(String::length).sum();
        List<List<Long>> out = new ArrayList<>();
        if (runs.isEmpty() || digits < cells || runs.size() > cells) {
            return out;
        }
        search(runs, 0, 0, cells, new ArrayList<>(), prefixOk, out);
        return out;
    }

    private static void search(List<String> runs, int run, int pos, int cells, List<Long> prefix,
            Predicate<List<Long>> prefixOk, List<List<Long>> out) {
        if (out.size() > MAX_SPLITS) {
            return;
        }
        if (run == runs.size()) {
            if (prefix.size() == cells) {
                out.add(List.copyOf(prefix));
            }
            return;
        }
        String s = runs.get(run);
        int laterDigits = 0;
        for (int r = run + 1; r < runs.size(); r++) {
            laterDigits += runs.get(r).length();
        }
        int laterRuns = runs.size() - run - 1;
        for (int len = 1; len <= Math.min(MAX_DIGITS_PER_CELL, s.length() - pos); len++) {
            if (len > 1 && s.charAt(pos) == '0') {
                break;
            }
            int next = pos + len;
            boolean runDone = next == s.length();
            int cellsLeft = cells - prefix.size() - 1;
            int digitsLeft = s.length() - next + laterDigits;
            boolean fits = cellsLeft >= laterRuns + (runDone ? 0 : 1) && digitsLeft >= cellsLeft
                    && digitsLeft <= (long) cellsLeft * MAX_DIGITS_PER_CELL;
            if (!fits) {
                continue;
            }
            prefix.add(Long.parseLong(s.substring(pos, next)));
            if (prefixOk.test(prefix)) {
                search(runs, runDone ? run + 1 : run, runDone ? 0 : next, cells, prefix, prefixOk, out);
            }
            prefix.remove(prefix.size() - 1);
        }
    }
}
