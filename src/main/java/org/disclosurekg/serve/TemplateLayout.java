package org.disclosurekg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * How the national templates print tables 二, 三 and 四 (see TEMPLATES.md): the order of rows and columns
 * and how the label cells of table 三 nest, so that a report's page lays its numbers out as the report did.
 */
final class TemplateLayout {
    static final List<String> T3_COLUMNS = List.of("natural", "commercial", "research", "social", "legal", "other",
            "total");
    static final List<String> T4_GROUPS = List.of("reconsideration", "litigationDirect",
            "litigationAfterReconsideration", "litigation");
    static final List<String> T4_OUTCOMES = List.of("upheld", "corrected", "other", "pending", "total");

    private static final String[] NUMERALS = {"（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）"};

    private TemplateLayout() {
    }

    /** A label cell of table 三. */
    record LabelCell(String text, int colspan, int rowspan) {
    }

    /** A printed row of table 三: the label cells before its seven numbers, and its key. */
    record Row(String key, List<LabelCell> cells) {
    }

    /**
     * A block of table 二: its heading row, its rows and its columns.
     *
     * @param optional rows some reports add to the block (其他对外公开文件), shown only when they have numbers
     */
    record Block(String heading, List<String> rows, List<String> optional, List<String> columns) {
        /** The rows to print for a report that has numbers for these row keys. */
        List<String> rowsFor(Set<String> present) {
            List<String> all = new ArrayList<>(rows);
            optional.stream().filter(present::contains).forEach(all::add);
            return all;
        }
    }

    /**
     * The rows of table 三.
     *
     * @param present the row keys the report has numbers (or blank cells) for
     * @param v2021 true for the 2021 template, whose （六） has three sub-rows
     * @param label the printed label of a row key
     */
    static List<Row> t3Rows(Set<String> present, boolean v2021, UnaryOperator<String> label) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("newReceived", List.of(new LabelCell("一、" + label.apply("newReceived"), 3, 1))));
        rows.add(new Row("carriedOver", List.of(new LabelCell("二、" + label.apply("carriedOver"), 3, 1))));
        List<Row> results = new ArrayList<>();
        String[][] groups = {{"granted"}, {"partial"},
            {"denied", "stateSecret", "lawForbidden", "threeSafety", "thirdParty", "internal", "process",
                "enforcementFile", "adminQuery"},
            {"unable", "notHeld", "needCreate", "unclear"},
            {"notProcessed", "petition", "repeated", "publication", "massRepeated", "confirm"},
            v2021 || present.stream().anyMatch(k -> k.startsWith("otherHandling."))
                ? new String[] {"otherHandling", "noCorrection", "noFee", "other"} : new String[] {"otherHandling"},
            {"total"}};
        for (int i = 0; i < groups.length; i++) {
            result(results, NUMERALS[i], groups[i], present, label);
        }
        List<LabelCell> first = new ArrayList<>();
        first.add(new LabelCell("三、本年度办理结果", 1, results.size()));
        first.addAll(results.get(0).cells());
        results.set(0, new Row(results.get(0).key(), first));
        rows.addAll(results);
        rows.add(new Row("carriedForward", List.of(new LabelCell("四、" + label.apply("carriedForward"), 3, 1))));
        return rows;
    }

    /** One result group: a single row, or a label cell spanning its numbered sub-rows. */
    private static void result(List<Row> out, String numeral, String[] group, Set<String> present,
            UnaryOperator<String> label) {
        String key = group[0];
        boolean partsShown = group.length > 1
                && (!present.contains(key) || present.stream().anyMatch(k -> k.startsWith(key + ".")));
        if (!partsShown) {
            out.add(new Row(key, List.of(new LabelCell(numeral + label.apply(key), 2, 1))));
            return;
        }
        for (int j = 1; j < group.length; j++) {
            String part = key + "." + group[j];
            List<LabelCell> cells = new ArrayList<>();
            if (j == 1) {
                cells.add(new LabelCell(numeral + label.apply(key), 1, group.length - 1));
            }
            cells.add(new LabelCell(j + "." + label.apply(part), 1, 1));
            out.add(new Row(part, cells));
        }
    }

    /** The blocks of table 二 in the 2019 or the 2021 template. */
    static List<Block> t2Blocks(boolean v2021) {
        if (v2021) {
            return List.of(
                    new Block("第二十条第（一）项", List.of("rules", "normativeDocs"), List.of("otherDocs"),
                            List.of("issued", "repealed", "inForce")),
                    new Block("第二十条第（五）项", List.of("licensing"), List.of("otherServices"), List.of("decisions")),
                    new Block("第二十条第（六）项", List.of("penalty", "coercion"), List.of(), List.of("decisions")),
                    new Block("第二十条第（八）项", List.of("fees"), List.of(), List.of("amountWanYuan")));
        }
        return List.of(
                new Block("第二十条第（一）项", List.of("rules", "normativeDocs"), List.of("otherDocs"),
                        List.of("made", "published", "totalPublished")),
                new Block("第二十条第（五）项", List.of("licensing", "otherServices"), List.of(),
                        List.of("itemsLastYear", "itemsChange", "decisions")),
                new Block("第二十条第（六）项", List.of("penalty", "coercion"), List.of(),
                        List.of("itemsLastYear", "itemsChange", "decisions")),
                new Block("第二十条第（八）项", List.of("fees"), List.of(), List.of("itemsLastYear", "itemsChange")),
                new Block("第二十条第（九）项", List.of("procurement"), List.of(), List.of("projects", "amountWanYuan")));
    }
}
