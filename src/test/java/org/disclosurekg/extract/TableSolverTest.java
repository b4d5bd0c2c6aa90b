package org.disclosurekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class TableSolverTest {
    private static List<BigDecimal> cells(long... v) {
        return java.util.Arrays.stream(v).mapToObj(BigDecimal::valueOf).toList();
    }

    /** "total" must equal a + b, cell by cell, when all three are known. */
    private static final Predicate<Map<String, List<BigDecimal>>> SUM = rows -> {
        if (!rows.containsKey("a") || !rows.containsKey("b") || !rows.containsKey("total")) {
            return true;
        }
        for (int i = 0; i < rows.get("total").size(); i++) {
            if (rows.get("a").get(i).add(rows.get("b").get(i)).compareTo(rows.get("total").get(i)) != 0) {
                return false;
            }
        }
        return true;
    };

    @Test
    void theIdentityPicksTheOnlyFittingReading() {
        Map<String, List<List<BigDecimal>>> rows = new LinkedHashMap<>();
        rows.put("a", List.of(cells(2, 7), cells(27, 0)));
        rows.put("b", List.of(cells(1, 1)));
        rows.put("total", List.of(cells(28, 1)));
        TableSolver.Solution s = TableSolver.solve(rows, SUM);
        assertEquals(cells(27, 0), s.rows().get("a"));
        assertTrue(s.unresolved().isEmpty());
        assertEquals(List.of("a", "b", "total"), List.copyOf(s.rows().keySet()));
    }

    @Test
    void leavesOutWhatTheIdentitiesCannotDecide() {
        Map<String, List<List<BigDecimal>>> rows = new LinkedHashMap<>();
        rows.put("a", List.of(cells(1, 2), cells(12, 0)));
        rows.put("b", List.of(cells(3, 4), cells(34, 0)));
        TableSolver.Solution s = TableSolver.solve(rows, SUM);
        assertEquals(Map.of(), s.rows());
        assertEquals(2, s.unresolved().size());
    }

    @Test
    void leavesOutReadingsWhenNoneFits() {
        Map<String, List<List<BigDecimal>>> rows = new LinkedHashMap<>();
        rows.put("a", List.of(cells(2, 7), cells(27, 0)));
        rows.put("b", List.of(cells(1, 1)));
        rows.put("total", List.of(cells(99, 99)));
        TableSolver.Solution s = TableSolver.solve(rows, SUM);
        assertEquals(List.of("b", "total"), List.copyOf(s.rows().keySet()));
        assertTrue(s.unresolved().get("a").contains("none fits"));
    }
}
