package org.disclosurekg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The accounting identities the templates state, evaluated on a table given as row key → cells. Only
 * identities whose every cell is known are returned. Used by the extractor to choose among readings of
 * run-together digits, and by the checker to publish each identity's outcome.
 */
public final class TableIdentities {
    private static final List<String> T4_ROWS = List.of("reconsideration", "litigationDirect",
            "litigationAfterReconsideration", "litigation");
    private static final List<String> T4_PARTS = List.of("upheld", "corrected", "other", "pending");

    private TableIdentities() {
    }

    /** Table 三: per column 一 + 二 = 七 + 四, per column the result rows = 七, per row the applicants = 总计. */
    public static List<Balance> table3(Map<String, List<BigDecimal>> rows) {
        List<Balance> out = new ArrayList<>();
        List<String> columns = Table3Rows.COLUMNS;
        for (int c = 0; c < columns.size(); c++) {
            balance(out, "columnBalance", columns.get(c), rows, List.of("newReceived", "carriedOver"),
                    List.of("total", "carriedForward"), c);
        }
        boolean split = rows.keySet().stream().anyMatch(k -> k.startsWith("otherHandling."));
        List<String> leaves = Table3Rows.rows(split).stream().map(RowSpec::key).filter(Table3Rows::isLeaf).toList();
        for (int c = 0; c < columns.size(); c++) {
            balance(out, "outcomeSum", columns.get(c), rows, List.of("total"), leaves, c);
        }
        for (Map.Entry<String, List<BigDecimal>> row : rows.entrySet()) {
            rowSum(out, row.getKey(), row.getValue(), columns);
        }
        return out;
    }

    /** Table 四: in each group, 维持 + 纠正 + 其他 + 尚未审结 = 总计. */
    public static List<Balance> table4(Map<String, Map<String, BigDecimal>> rows) {
        List<Balance> out = new ArrayList<>();
        for (String row : T4_ROWS) {
            Map<String, BigDecimal> cells = rows.get(row);
            if (cells == null || cells.get("total") == null
                    || !T4_PARTS.stream().allMatch(p -> cells.get(p) != null)) {
                continue;
            }
            BigDecimal sum = T4_PARTS.stream().map(cells::get).reduce(BigDecimal.ZERO, BigDecimal::add);
            out.add(new Balance("proceedingSum", row, List.of(new Balance.Cell(row, "total")),
                    T4_PARTS.stream().map(p -> new Balance.Cell(row, p)).toList(), cells.get("total"), sum));
        }
        return out;
    }

    private static void balance(List<Balance> out, String rule, String column, Map<String, List<BigDecimal>> rows,
            List<String> totalRows, List<String> partRows, int c) {
        BigDecimal stated = sum(rows, totalRows, c);
        BigDecimal computed = sum(rows, partRows, c);
        if (stated != null && computed != null) {
            out.add(new Balance(rule, column, cells(totalRows, column), cells(partRows, column), stated, computed));
        }
    }

    private static void rowSum(List<Balance> out, String row, List<BigDecimal> cells, List<String> columns) {
        int last = columns.size() - 1;
        if (cells.size() != columns.size() || cells.stream().anyMatch(v -> v == null)) {
            return;
        }
        BigDecimal parts = cells.subList(0, last).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        out.add(new Balance("rowSum", row, List.of(new Balance.Cell(row, columns.get(last))),
                columns.subList(0, last).stream().map(c -> new Balance.Cell(row, c)).toList(), cells.get(last), parts));
    }

    private static BigDecimal sum(Map<String, List<BigDecimal>> rows, List<String> keys, int c) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String key : keys) {
            List<BigDecimal> cells = rows.get(key);
            if (cells == null || cells.size() <= c || cells.get(c) == null) {
                return null;
            }
            sum = sum.add(cells.get(c));
        }
        return sum;
    }

    private static List<Balance.Cell> cells(List<String> rows, String column) {
        return rows.stream().map(r -> new Balance.Cell(r, column)).toList();
    }
}
