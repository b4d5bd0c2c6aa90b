package org.disclosurekg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Chooses among the readings of table rows that could be read more than one way, using the table's own
 * identities: a row's reading is taken only when every assignment of all ambiguous rows that satisfies the
 * identities gives that row the same reading. Rows with one reading are taken as stated.
 */
final class TableSolver {
    /** Beyond this many combinations the search gives up and leaves the ambiguous rows out. */
    static final long MAX_COMBINATIONS = 200_000;

    private TableSolver() {
    }

    /** What the solver decided. */
    record Solution(Map<String, List<BigDecimal>> rows, Map<String, String> unresolved) {
    }

    /**
     * Decides the rows.
     *
     * @param candidates per row key, in table order, its readings (rows with none are ignored)
     * @param identities true unless the assignment breaks an identity that can be evaluated on it
     */
    static Solution solve(Map<String, List<List<BigDecimal>>> candidates,
            Predicate<Map<String, List<BigDecimal>>> identities) {
        Map<String, List<BigDecimal>> fixed = new LinkedHashMap<>();
        List<String> ambiguous = new ArrayList<>();
        long combinations = 1;
        for (Map.Entry<String, List<List<BigDecimal>>> e : candidates.entrySet()) {
            if (e.getValue().size() == 1) {
                fixed.put(e.getKey(), e.getValue().get(0));
            } else if (e.getValue().size() > 1) {
                ambiguous.add(e.getKey());
                combinations = Math.min(Long.MAX_VALUE / 4, combinations * e.getValue().size());
            }
        }
        Map<String, String> unresolved = new LinkedHashMap<>();
        if (ambiguous.isEmpty()) {
            return new Solution(ordered(candidates, fixed), unresolved);
        }
        if (combinations > MAX_COMBINATIONS) {
            String why = "too many ways (" + combinations + ") to read the table";
            ambiguous.forEach(k -> unresolved.put(k, why));
            return new Solution(ordered(candidates, fixed), unresolved);
        }
        List<Set<Integer>> seen = new ArrayList<>();
        ambiguous.forEach(k -> seen.add(new HashSet<>()));
        int[] pick = new int[ambiguous.size()];
        int solutions = search(candidates, identities, fixed, ambiguous, pick, 0, seen);
        for (int i = 0; i < ambiguous.size(); i++) {
            String key = ambiguous.get(i);
            int readings = candidates.get(key).size();
            if (seen.get(i).size() == 1) {
                fixed.put(key, candidates.get(key).get(seen.get(i).iterator().next()));
            } else if (solutions == 0) {
                unresolved.put(key, readings + " readings, none fits the table's identities");
            } else {
                unresolved.put(key, readings + " readings, " + seen.get(i).size() + " of them fit the table's identities");
            }
        }
        return new Solution(ordered(candidates, fixed), unresolved);
    }

    private static int search(Map<String, List<List<BigDecimal>>> candidates,
            Predicate<Map<String, List<BigDecimal>>> identities, Map<String, List<BigDecimal>> assignment,
            List<String> ambiguous, int[] pick, int depth, List<Set<Integer>> seen) {
        if (depth == ambiguous.size()) {
            if (!identities.test(assignment)) {
                return 0;
            }
            for (int i = 0; i < pick.length; i++) {
                seen.get(i).add(pick[i]);
            }
            return 1;
        }
        String key = ambiguous.get(depth);
        int count = 0;
        List<List<BigDecimal>> readings = candidates.get(key);
        for (int i = 0; i < readings.size(); i++) {
            pick[depth] = i;
            assignment.put(key, readings.get(i));
            count += search(candidates, identities, assignment, ambiguous, pick, depth + 1, seen);
        }
        assignment.remove(key);
        return count;
    }

    private static Map<String, List<BigDecimal>> ordered(Map<String, List<List<BigDecimal>>> candidates,
            Map<String, List<BigDecimal>> chosen) {
        Map<String, List<BigDecimal>> out = new LinkedHashMap<>();
        candidates.keySet().stream().filter(chosen::containsKey).forEach(k -> out.put(k, chosen.get(k)));
        return out;
    }
}
