package org.disclosurekg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads table 四 (reconsideration and litigation): the first run of fifteen values after the table's
 * header words, three groups of five (维持 纠正 其他 尚未审结 总计). A run whose cell boundaries were lost
 * is split only when exactly one split makes every group add up.
 */
final class Table4Reader {
    static final List<String> ROWS = List.of("reconsideration", "litigationDirect", "litigationAfterReconsideration");
    static final List<String> COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");
    private static final List<String> LABELS = List.of("行政复议", "行政诉讼·未经复议直接起诉", "行政诉讼·复议后起诉");
    private static final int WIDTH = ROWS.size() * COLUMNS.size();
    private static final Pattern HEADER = Pattern.compile("维[ \\n]*持|纠[ \\n]*正|审[ \\n]*结|总[ \\n]*计");

    private Table4Reader() {
    }

    static TableReading read(Flow flow, int from, int to) {
        List<ExtractionNote> notes = new ArrayList<>();
        Matcher header = HEADER.matcher(flow.text()).region(from, to);
        if (!header.find()) {
            return new TableReading(List.of(), notes);
        }
        List<Token> tokens = flow.tokens(header.start(), to, Flow.digits());
        for (List<Token> run : runs(tokens)) {
            List<List<BigDecimal>> readings = readings(run);
            if (readings.size() == 1) {
                return new TableReading(facts(flow, run, readings.get(0)), notes);
            }
            if (readings.size() > 1) {
                notes.add(new ExtractionNote("ambiguousSplit", "table 四: the digits " + Quotes.of(flow,
                        run.get(0).start(), run.get(run.size() - 1).end()) + " split into fifteen cells in "
                        + readings.size() + " ways that all add up; left out", flow.sourceAt(run.get(0).start())));
                return new TableReading(List.of(), notes);
            }
        }
        return new TableReading(List.of(), notes);
    }

    /** Maximal runs of values not interrupted by text. */
    private static List<List<Token>> runs(List<Token> tokens) {
        List<List<Token>> runs = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        for (Token t : tokens) {
            if (t.isValue()) {
                run.add(t);
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static List<List<BigDecimal>> readings(List<Token> run) {
        List<Token> values = new ArrayList<>(run);
        while (values.size() > WIDTH && !values.get(values.size() - 1).isNumber()) {
            values.remove(values.size() - 1);
        }
        if (values.stream().noneMatch(Token::isNumber)) {
            return List.of();
        }
        return RowCandidates.of(values, WIDTH, Table4Reader::groupsAddUp).stream()
                .filter(r -> r.size() == WIDTH).toList();
    }

    /** Each complete group of five adds up (used to prune splits as they grow). */
    private static boolean groupsAddUp(List<Long> cells) {
        for (int g = 0; g + COLUMNS.size() <= cells.size(); g += COLUMNS.size()) {
            long parts = 0;
            for (int i = g; i < g + COLUMNS.size() - 1; i++) {
                parts += cells.get(i);
            }
            if (parts != cells.get(g + COLUMNS.size() - 1)) {
                return false;
            }
        }
        return true;
    }

    private static List<Fact> facts(Flow flow, List<Token> run, List<BigDecimal> cells) {
        String quote = Quotes.of(flow, run.get(0).start(), run.get(run.size() - 1).end());
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < WIDTH; i++) {
            String row = ROWS.get(i / COLUMNS.size());
            FactKey key = new FactKey(ReportTable.T4, "", row, COLUMNS.get(i % COLUMNS.size()));
            facts.add(new Fact(key, cells.get(i), false, "", "", LABELS.get(i / COLUMNS.size()), "",
                    flow.sourceAt(run.get(0).start()), quote));
        }
        return facts;
    }
}
