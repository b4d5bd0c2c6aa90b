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

    /**
     * Table 三: per column 一 + 二 = 七 + 四 (with the result rows standing in for 七 where a report states
     * no total), per column the result rows = 七, per row the applicants = 总计.
     */
    public static List<Balance> table3(Map<String, List<BigDecimal>> rows) {
        List<Balance> out = new ArrayList<>();
        List<String> columns = Table3Rows.COLUMNS;
        for (int c = 0; c < columns.size(); c++) {
            List<String> results = resultRows(rows, c);
            List<String> outflow = new ArrayList<>(rows.containsKey("total") || results == null ? List.of("total") : results);
            outflow.add("carriedForward");
            balance(out, "columnBalance", columns.get(c), rows, List.of("newReceived", "carriedOver"), outflow, c);
            if (results != null) {
                balance(out, "outcomeSum", columns.get(c), rows, List.of("total"), results, c);
            }
        }
        for (Map.Entry<String, List<BigDecimal>> row : rows.entrySet()) {
            rowSum(out, row.getKey(), row.getValue(), columns);
        }
        return out;
    }

    /**
     * The rows whose sum is 三's result for a column: each result group by its parts, or by its stated
     * group total; null when some group is not known for that column.
     */
    private static List<String> resultRows(Map<String, List<BigDecimal>> rows, int c) {
        List<String> out = new ArrayList<>();
        for (String group : List.of("granted", "partial", "denied", "unable", "notProcessed", "otherHandling")) {
            List<String> parts = Table3Rows.rows(rows.containsKey("otherHandling.noCorrection")).stream()
                    .map(RowSpec::key).filter(k -> k.equals(group) || k.startsWith(group + ".")).toList();
            if (parts.stream().allMatch(k -> known(rows, k, c))) {
                out.addAll(parts);
            } else if (known(rows, group, c)) {
                out.add(group);
            } else {
                return null;
            }
        }
        return out;
    }

    private static boolean known(Map<String, List<BigDecimal>> rows, String key, int c) {
        List<BigDecimal> cells = rows.get(key);
        return cells != null && cells.size() > c && cells.get(c) != null;
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
