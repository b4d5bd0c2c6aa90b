package org.disclosurekg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads table 二 (proactive disclosure under article 20) of both templates: its rows by label, within the
 * blocks that start at 第二十条, with the column set of the block. Where digits ran together, a cell is
 * taken only when every split into the block's columns agrees on it; there is no identity to check by.
 */
final class Table2Reader {
    private static final Pattern ARTICLE = Pattern.compile("第[ \\n]*二[ \\n]*十[ \\n]*条");
    /** Where a row's values end at the latest: the next block, a header, a sentence or a sub-heading. */
    private static final Pattern STOP = Pattern.compile(
            "第[ \\n]*二[ \\n]*十[ \\n]*条|信息内容|。|\\(\\s*[一二三四五六七八九十]+\\s*\\)");
    private static final Pattern HEADER_2021 = Pattern.compile("本年制发|现行有效|本年废止|收费金额");
    private static final Pattern HEADER_2019 = Pattern.compile("新制作数量|对外公开总数|上一年项目数量|采购项目数量");

    /** A row of the table and the columns of its block. */
    private record Spec(RowSpec row, List<String> columns) {
    }

    private static final List<String> DOCS_2019 = List.of("made", "published", "totalPublished");
    private static final List<String> ITEMS_2019 = List.of("itemsLastYear", "itemsChange", "decisions");
    private static final List<Spec> ROWS_2019 = List.of(
            new Spec(RowSpec.of("rules", "规章"), DOCS_2019),
            new Spec(RowSpec.of("normativeDocs", "规范性文件"), DOCS_2019),
            new Spec(RowSpec.of("otherDocs", "其他主动公开文件"), DOCS_2019),
            new Spec(RowSpec.of("licensing", "行政许可"), ITEMS_2019),
            new Spec(RowSpec.of("otherServices", "其他对外管理服务事项", "其他对外管理服务"), ITEMS_2019),
            new Spec(RowSpec.of("penalty", "行政处罚"), ITEMS_2019),
            new Spec(RowSpec.of("coercion", "行政强制"), ITEMS_2019),
            new Spec(RowSpec.of("fees", "行政事业性收费"), List.of("itemsLastYear", "itemsChange")),
            new Spec(RowSpec.of("procurement", "政府集中采购"), List.of("projects", "amountWanYuan")));

    private static final List<String> DOCS_2021 = List.of("issued", "repealed", "inForce");
    private static final List<Spec> ROWS_2021 = List.of(
            new Spec(RowSpec.of("rules", "规章"), DOCS_2021),
            new Spec(RowSpec.of("normativeDocs", "行政规范性文件", "规范性文件"), DOCS_2021),
            new Spec(RowSpec.of("licensing", "行政许可"), List.of("decisions")),
            new Spec(RowSpec.of("penalty", "行政处罚"), List.of("decisions")),
            new Spec(RowSpec.of("coercion", "行政强制"), List.of("decisions")),
            new Spec(RowSpec.of("fees", "行政事业性收费"), List.of("amountWanYuan")));

    private Table2Reader() {
    }

    static TableReading read(Flow flow, int from, int to, Template template) {
        List<ExtractionNote> notes = new ArrayList<>();
        Matcher article = ARTICLE.matcher(flow.text()).region(from, to);
        if (!article.find()) {
            return new TableReading(List.of(), notes);
        }
        List<Spec> specs = is2021(flow, article.start(), to, template) ? ROWS_2021 : ROWS_2019;
        List<RowHit> hits = LabelledRows.locate(flow, article.start(), to,
                specs.stream().map(Spec::row).toList(), STOP);
        List<Fact> facts = new ArrayList<>();
        for (RowHit hit : hits) {
            Spec spec = specs.stream().filter(s -> s.row() == hit.spec()).findFirst().orElseThrow();
            facts.addAll(row(flow, hit, spec.columns(), notes));
        }
        if (facts.isEmpty() && !hits.isEmpty()) {
            notes.add(new ExtractionNote("tableEmpty", "table 二 is present but holds no numbers (lost in the source)",
                    flow.sourceAt(hits.get(0).labelStart())));
        }
        return new TableReading(facts, notes);
    }

    private static boolean is2021(Flow flow, int from, int to, Template template) {
        boolean says2021 = HEADER_2021.matcher(flow.text()).region(from, to).find();
        boolean says2019 = HEADER_2019.matcher(flow.text()).region(from, to).find();
        return says2021 != says2019 ? says2021 : template == Template.V2021;
    }

    private static List<Fact> row(Flow flow, RowHit hit, List<String> columns, List<ExtractionNote> notes) {
        String segment = flow.text().substring(hit.labelEnd(), hit.valuesEnd());
        List<AmountCells.Amount> cells = AmountCells.read(segment);
        if (cells.isEmpty()) {
            return List.of();
        }
        List<AmountCells.Amount> read = cells.size() == columns.size() ? cells
                : AmountSplitter.split(cells, columns.stream().map(Table2Reader::column).toList());
        if (read == null || read.contains(null)) {
            notes.add(new ExtractionNote(cells.size() < columns.size() ? "ambiguousSplit" : "unreadableRow",
                    "table 二 row " + hit.spec().key() + ": " + Quotes.of(flow, hit.labelStart(), hit.valuesEnd())
                            + " does not read as " + columns.size() + " cells in exactly one way; "
                            + (read == null ? "left out" : "only the cells every reading agrees on are kept"),
                    flow.sourceAt(hit.labelStart())));
        }
        if (read == null) {
            return List.of();
        }
        List<Fact> facts = new ArrayList<>();
        String quote = Quotes.of(flow, hit.labelStart(), hit.valuesEnd());
        String label = Quotes.label(flow, hit.labelStart(), hit.labelEnd());
        for (int c = 0; c < columns.size(); c++) {
            AmountCells.Amount cell = read.get(c);
            if (cell == null) {
                continue;
            }
            boolean amount = columns.get(c).equals("amountWanYuan");
            BigDecimal value = amount ? cell.wanYuan(columns.size() == 1 || cell.value().signum() == 0) : cell.value();
            if (value == null) {
                notes.add(new ExtractionNote("noUnit", "table 二 row " + hit.spec().key() + ": the amount "
                        + cell.text() + " states no unit; left out", flow.sourceAt(hit.labelEnd() + cell.start())));
                continue;
            }
            FactKey key = new FactKey(ReportTable.T2, "", hit.spec().key(), columns.get(c));
            facts.add(new Fact(key, value, false, "", amount ? "万元" : cell.unit(), label, "",
                    flow.sourceAt(hit.labelEnd() + cell.start()), quote));
        }
        return facts;
    }

    private static AmountSplitter.Column column(String key) {
        return new AmountSplitter.Column(key.equals("itemsChange"), key.equals("amountWanYuan"));
    }
}
