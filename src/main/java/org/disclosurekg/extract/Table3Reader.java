package org.disclosurekg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurekg.document.SourceRef;

/**
 * Reads table 三 (applications received and how they were answered) from a stretch of a flow: finds each
 * template row by its label, reads its seven applicant cells, and settles rows that read more than one way
 * by the table's own identities. A table whose rows hold no numbers yields no cells.
 */
final class Table3Reader {
    private static final Pattern SPLIT_2021 = Pattern.compile("逾期不补正|不补正|收费通知|缴纳费用");
    /** A number as a table cell prints it: not followed by a unit, as numbers in running text are. */
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d+(?![\\d.]|\\s*[件条个起人次篇项万元%年月日])");
    private static final int LOOKAHEAD = 80;
    /** Table cells hold no sentences: running text after the last row is not its values. */
    private static final Pattern SENTENCE_END = Pattern.compile("。");
    private static final Pattern HEADER = Pattern.compile("勾稽关系|申请人情况");
    private static final int WIDTH = Table3Rows.COLUMNS.size();

    private Table3Reader() {
    }

    static TableReading read(Flow flow, int from, int to) {
        List<ExtractionNote> notes = new ArrayList<>();
        int start = tableStart(flow, from, to);
        if (start < 0) {
            Matcher header = HEADER.matcher(flow.text()).region(from, to);
            if (header.find()) {
                notes.add(new ExtractionNote("tableEmpty", "table 三 is present but holds no numbers (lost in the source)",
                        flow.sourceAt(header.start())));
            }
            return new TableReading(List.of(), notes);
        }
        from = start;
        boolean split = SPLIT_2021.matcher(flow.text()).region(from, to).find();
        List<RowHit> hits = LabelledRows.locate(flow, from, to, Table3Rows.rows(split), SENTENCE_END);
        if (hits.isEmpty() || !hits.get(0).spec().key().equals("newReceived")) {
            return new TableReading(List.of(), notes);
        }
        Map<String, List<List<BigDecimal>>> candidates = new LinkedHashMap<>();
        Map<String, RowHit> byKey = new LinkedHashMap<>();
        for (RowHit hit : hits) {
            List<Token> tokens = flow.tokens(hit.labelEnd(), hit.valuesEnd(), Flow.digits());
            candidates.put(hit.spec().key(), RowCandidates.of(tokens, WIDTH, Table3Reader::rowAddsUp));
            byKey.put(hit.spec().key(), hit);
            if (tokens.stream().anyMatch(Token::isNumber) && candidates.get(hit.spec().key()).isEmpty()) {
                notes.add(new ExtractionNote("unreadableRow", "table 三 row " + hit.spec().key()
                        + ": its numbers cannot be read as " + WIDTH + " cells", flow.sourceAt(hit.labelStart())));
            }
        }
        Set<String> ambiguous = new HashSet<>();
        candidates.forEach((k, v) -> {
            if (v.size() > 1) {
                ambiguous.add(k);
            }
        });
        TableSolver.Solution solution = TableSolver.solve(candidates, assignment -> identitiesHold(assignment, ambiguous));
        solution.unresolved().forEach((key, why) -> notes.add(new ExtractionNote("ambiguousSplit",
                "table 三 row " + key + ": " + why + "; left out", flow.sourceAt(byKey.get(key).labelStart()))));
        List<Fact> facts = new ArrayList<>();
        solution.rows().forEach((key, cells) -> facts.addAll(facts(flow, byKey.get(key), cells)));
        if (solution.rows().size() < Table3Rows.rows(split).size()) {
            Map<String, List<Token>> inOrder = Table3InOrder.read(flow, from, to, split);
            if (!inOrder.isEmpty() && agrees(inOrder, solution.rows())) {
                notes.removeIf(n -> n.code().equals("unreadableRow") || n.code().equals("ambiguousSplit"));
                notes.add(new ExtractionNote("readInOrder", "table 三: labels stand apart from their numbers; the "
                        + inOrder.size() * WIDTH + " numbers were read row by row in template order, where every "
                        + "identity of the table holds", flow.sourceAt(from)));
                return new TableReading(inOrderFacts(flow, inOrder), notes);
            }
        }
        if (facts.isEmpty()) {
            notes.add(new ExtractionNote("tableEmpty", "table 三 is present but holds no numbers (lost in the source)",
                    flow.sourceAt(hits.get(0).labelStart())));
        }
        return new TableReading(facts, notes);
    }

    /**
     * Where the table starts: the first 本年新收 label followed by a bare number or by no number at all
     * (an empty template table), skipping sentences of the narrative such as 本年新收到申请66件.
     */
    private static int tableStart(Flow flow, int from, int to) {
        Matcher label = Table3Rows.rows(false).get(0).label().matcher(flow.text()).region(from, to);
        while (label.find()) {
            String after = flow.text().substring(label.end(), Math.min(to, label.end() + LOOKAHEAD));
            Matcher digits = Pattern.compile("\\d+").matcher(after);
            if (!digits.find() || BARE_NUMBER.matcher(after).region(digits.start(), after.length()).lookingAt()) {
                return label.start();
            }
        }
        return -1;
    }

    private static boolean rowAddsUp(List<Long> cells) {
        if (cells.size() < WIDTH) {
            return true;
        }
        long parts = 0;
        for (int i = 0; i < cells.size() - 1; i++) {
            parts += cells.get(i);
        }
        return parts == cells.get(cells.size() - 1);
    }

    /** The column identities that involve a row read more than one way all hold. */
    private static boolean identitiesHold(Map<String, List<BigDecimal>> assignment, Set<String> ambiguous) {
        return TableIdentities.table3(assignment).stream()
                .filter(b -> !b.rule().equals("rowSum") && b.involvesRow(ambiguous))
                .allMatch(Balance::holds);
    }

    /** The rows read by label say the same as the reading in order. */
    private static boolean agrees(Map<String, List<Token>> inOrder, Map<String, List<BigDecimal>> byLabel) {
        return byLabel.entrySet().stream().allMatch(e -> {
            List<Token> cells = inOrder.get(e.getKey());
            for (int c = 0; c < WIDTH; c++) {
                BigDecimal v = e.getValue().get(c);
                if (v == null || v.compareTo(new BigDecimal(cells.get(c).text())) != 0) {
                    return false;
                }
            }
            return true;
        });
    }

    private static List<Fact> inOrderFacts(Flow flow, Map<String, List<Token>> rows) {
        List<Fact> facts = new ArrayList<>();
        rows.forEach((key, cells) -> {
            String quote = Quotes.of(flow, cells.get(0).start(), cells.get(WIDTH - 1).end());
            for (int c = 0; c < WIDTH; c++) {
                FactKey k = new FactKey(ReportTable.T3, "", key, Table3Rows.COLUMNS.get(c));
                facts.add(new Fact(k, new BigDecimal(cells.get(c).text()), false, "", "", "", "",
                        flow.sourceAt(cells.get(c).start()), quote));
            }
        });
        return facts;
    }

    private static List<Fact> facts(Flow flow, RowHit hit, List<BigDecimal> cells) {
        String label = Quotes.label(flow, hit.labelStart(), hit.labelEnd());
        String quote = Quotes.of(flow, hit.labelStart(), hit.valuesEnd());
        List<Token> numbers = flow.tokens(hit.labelEnd(), hit.valuesEnd(), Flow.digits()).stream()
                .filter(Token::isValue).toList();
        SourceRef at = numbers.isEmpty() ? flow.sourceAt(hit.labelStart()) : flow.sourceAt(numbers.get(0).start());
        List<Fact> facts = new ArrayList<>();
        for (int c = 0; c < WIDTH; c++) {
            FactKey key = new FactKey(ReportTable.T3, "", hit.spec().key(), Table3Rows.COLUMNS.get(c));
            facts.add(new Fact(key, cells.get(c), false, "", "", label, "", at, quote));
        }
        return facts;
    }
}
