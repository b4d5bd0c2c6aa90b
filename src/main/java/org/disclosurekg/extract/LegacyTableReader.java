package org.disclosurekg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a pre-2019 statistics table (政府信息公开情况统计表: 指标名称 / 计量单位 / 本年度 / 历年累计). Each
 * indicator keeps its printed label. Where the cells ran together ({@code 主动公开信息数条20263542}) a row
 * is split only when one reading survives the table's own rules: this year never exceeds the cumulative
 * figure, the 其中 parts never exceed their total, and a total the narrative states must agree.
 */
final class LegacyTableReader {
    private static final Pattern HEADER = Pattern.compile("指[ \\n]*标[ \\n]*名[ \\n]*称");
    private static final Pattern LAST_HEADER = Pattern.compile("历[ \\n]*年[ \\n]*累[ \\n]*计|本[ \\n]*年[ \\n]*度|年[ \\n]*度");
    private static final Pattern LIST_NUMBER = Pattern.compile("(\\d+)([.、．])(?=\\s*[\\u4e00-\\u9fff])");
    private static final Pattern UNIT = Pattern.compile("(条|件|个|项|人次|次|份|期|篇|宗|万元|元|%)$");
    private static final Pattern CHILD = Pattern.compile("^(?:其中[:：]?)?\\s*[(（]?(?:\\d+|§+)[)）]?[.、．:：]");
    private static final int MAX_LABEL = 40;

    private LegacyTableReader() {
    }

    /** A row of the table as read: its label, unit, value tokens and whether it is a 其中 part. */
    private record Row(String label, String unit, List<Token> values, boolean child, int start) {
    }

    static TableReading read(Flow flow, List<Fact> narrative) {
        List<ExtractionNote> notes = new ArrayList<>();
        Matcher header = HEADER.matcher(flow.text());
        if (!header.find()) {
            return new TableReading(List.of(), notes);
        }
        int from = header.end();
        Matcher last = LAST_HEADER.matcher(flow.text()).region(from, Math.min(flow.length(), from + 60));
        boolean cumulative = false;
        while (last.find()) {
            from = last.end();
            cumulative |= last.group().replaceAll("[ \\n]", "").equals("历年累计");
        }
        List<String> columns = cumulative ? List.of("thisYear", "cumulative") : List.of("thisYear");
        List<Row> rows = rows(flow, from);
        Map<String, List<List<BigDecimal>>> candidates = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            candidates.put(Integer.toString(i), readings(rows.get(i), columns.size(), narrative));
        }
        TableSolver.Solution solution = TableSolver.solve(candidates, a -> partsWithinTotals(rows, a));
        solution.unresolved().forEach((i, why) -> notes.add(new ExtractionNote("ambiguousSplit",
                "statistics table row " + rows.get(Integer.parseInt(i)).label() + ": " + why + "; left out",
                flow.sourceAt(rows.get(Integer.parseInt(i)).start()))));
        List<Fact> facts = new ArrayList<>();
        solution.rows().forEach((i, cells) -> facts.addAll(facts(flow, rows.get(Integer.parseInt(i)), columns, cells)));
        return new TableReading(facts, notes);
    }

    /** The rows after the header: label text ending in a unit (or a unit cell), then values. */
    private static List<Row> rows(Flow flow, int from) {
        String masked = maskListNumbers(flow.text(), from);
        Flow view = flow.withText(masked);
        List<Row> rows = new ArrayList<>();
        String label = null;
        String unit = "";
        boolean child = false;
        int start = from;
        List<Token> values = new ArrayList<>();
        for (Token t : view.tokens(from, flow.length(), Flow.digits())) {
            if (t.isValue()) {
                if (label == null) {
                    break;
                }
                values.add(t);
                continue;
            }
            String text = flow.text().substring(t.start(), t.end()).strip();
            if (!values.isEmpty() || label == null || !UNIT.matcher(text).matches()) {
                if (label != null && !values.isEmpty() && !unit.isEmpty()) {
                    rows.add(new Row(label, unit, values, child, start));
                }
                if (text.length() > MAX_LABEL || text.contains("。")) {
                    label = null;
                    break;
                }
                values = new ArrayList<>();
                child = CHILD.matcher(masked.substring(t.start(), t.end()).strip()).find();
                Matcher u = UNIT.matcher(text);
                unit = u.find() ? u.group(1) : "";
                label = clean(u.replaceFirst(""));
                start = t.start();
            } else {
                unit = text;
            }
        }
        if (label != null && !values.isEmpty() && !unit.isEmpty()) {
            rows.add(new Row(label, unit, values, child, start));
        }
        return rows;
    }

    /** Replaces list numbers (1. 2、) with a non-digit mark, peeling them off digits they ran into. */
    private static String maskListNumbers(String text, int from) {
        StringBuilder out = new StringBuilder(text);
        Matcher m = LIST_NUMBER.matcher(text).region(from, text.length());
        int expected = 1;
        while (m.find()) {
            String digits = m.group(1);
            String number = digits.endsWith(Integer.toString(expected)) ? Integer.toString(expected)
                    : digits.substring(digits.length() - 1);
            for (int i = m.end(1) - number.length(); i < m.end(1); i++) {
                out.setCharAt(i, '§');
            }
            expected = Integer.parseInt(number) + 1;
        }
        return out.toString();
    }

    private static String clean(String label) {
        return label.replaceAll("\\s+", "").replaceFirst("^(?:其中[:：]?)?[(（]?\\d*[)）]?[.、．:：]?", "");
    }

    private static List<List<BigDecimal>> readings(Row row, int width, List<Fact> narrative) {
        List<List<BigDecimal>> readings = RowCandidates.of(row.values(), width,
                cells -> cells.size() < width || width < 2 || cells.get(0) <= cells.get(1));
        List<BigDecimal> stated = NarrativeEvidence.statedFor(row.label(), narrative);
        if (readings.size() > 1 && !stated.isEmpty()) {
            List<List<BigDecimal>> agreeing = readings.stream()
                    .filter(r -> r.get(0) != null && stated.stream().anyMatch(v -> v.compareTo(r.get(0)) == 0))
                    .toList();
            if (agreeing.size() == 1) {
                return agreeing;
            }
        }
        return readings;
    }

    /** No 其中 part exceeds its total, and the parts together do not either, in every column known. */
    private static boolean partsWithinTotals(List<Row> rows, Map<String, List<BigDecimal>> assignment) {
        int parent = -1;
        List<Integer> parts = new ArrayList<>();
        for (int i = 0; i <= rows.size(); i++) {
            if (i == rows.size() || !rows.get(i).child()) {
                if (parent >= 0 && !within(parent, parts, assignment)) {
                    return false;
                }
                parent = i;
                parts = new ArrayList<>();
            } else {
                parts.add(i);
            }
        }
        return true;
    }

    private static boolean within(int parent, List<Integer> parts, Map<String, List<BigDecimal>> assignment) {
        List<BigDecimal> total = assignment.get(Integer.toString(parent));
        if (total == null || parts.isEmpty()) {
            return true;
        }
        for (int c = 0; c < total.size(); c++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int p : parts) {
                List<BigDecimal> cells = assignment.get(Integer.toString(p));
                if (cells == null || cells.get(c) == null) {
                    sum = null;
                    break;
                }
                sum = sum.add(cells.get(c));
            }
            if (total.get(c) != null && sum != null && sum.compareTo(total.get(c)) > 0) {
                return false;
            }
        }
        return true;
    }

    private static List<Fact> facts(Flow flow, Row row, List<String> columns, List<BigDecimal> cells) {
        List<Fact> facts = new ArrayList<>();
        int end = row.values().get(row.values().size() - 1).end();
        String quote = Quotes.of(flow, row.start(), end);
        for (int c = 0; c < columns.size(); c++) {
            FactKey key = new FactKey(ReportTable.LEGACY, "", row.label(), columns.get(c));
            facts.add(new Fact(key, cells.get(c), false, "", row.unit(), row.label(), "",
                    flow.sourceAt(row.values().get(0).start()), quote));
        }
        return facts;
    }
}
