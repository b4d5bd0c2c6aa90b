package org.disclosurekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Table 三 reads the same whatever the layout: random tables that satisfy the template's identities,
 * written as pipe rows, tab rows broken by page breaks, aligned text with labels split over lines, and
 * crawled text whose cell boundaries were lost. For the last, a row is either read right or left out.
 */
class Table3LayoutsTest {
    private static final long SEED = 42_2019L;

    private static final List<String> KEYS = List.of("newReceived", "carriedOver", "granted", "partial",
            "denied.stateSecret", "denied.lawForbidden", "denied.threeSafety", "denied.thirdParty", "denied.internal",
            "denied.process", "denied.enforcementFile", "denied.adminQuery", "unable.notHeld", "unable.needCreate",
            "unable.unclear", "notProcessed.petition", "notProcessed.repeated", "notProcessed.publication",
            "notProcessed.massRepeated", "notProcessed.confirm", "otherHandling", "total", "carriedForward");
    private static final List<String> LABELS = List.of("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
            "三、本年度办理结果（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
            "（三）不予公开 1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
            "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
            "（四）无法提供 1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
            "（五）不予处理 1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
            "5.要求行政机关确认或重新出具已获取信息", "（六）其他处理", "（七）总计", "四、结转下年度继续办理");
    private static final String BEFORE = "三、收到和处理政府信息公开申请情况\n"
            + "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）| 申请人情况\n"
            + "自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计\n";
    private static final String AFTER = "\n四、政府信息公开行政复议、行政诉讼情况\n本年度无行政复议。\n";

    /** A random table 三 that satisfies every identity of the 2019 template. */
    private static Map<String, long[]> randomTable(Random random) {
        Map<String, long[]> rows = new LinkedHashMap<>();
        long[] total = new long[7];
        for (String key : KEYS.subList(2, 21)) {
            long[] row = new long[7];
            for (int c = 0; c < 6; c++) {
                row[c] = random.nextInt(3) == 0 ? random.nextInt(c == 0 ? 300 : 12) : 0;
                total[c] += row[c];
            }
            rows.put(key, withTotal(row));
        }
        long[] carriedForward = new long[7];
        long[] carriedOver = new long[7];
        long[] received = new long[7];
        for (int c = 0; c < 6; c++) {
            carriedForward[c] = random.nextInt(4) == 0 ? random.nextInt(30) : 0;
            carriedOver[c] = random.nextInt(4) == 0 ? random.nextInt((int) (total[c] + carriedForward[c]) + 1) : 0;
            received[c] = total[c] + carriedForward[c] - carriedOver[c];
        }
        Map<String, long[]> table = new LinkedHashMap<>();
        table.put("newReceived", withTotal(received));
        table.put("carriedOver", withTotal(carriedOver));
        table.putAll(rows);
        table.put("total", withTotal(total));
        table.put("carriedForward", withTotal(carriedForward));
        return table;
    }

    private static long[] withTotal(long[] row) {
        row[6] = 0;
        for (int c = 0; c < 6; c++) {
            row[6] += row[c];
        }
        return row;
    }

    private static String render(Map<String, long[]> table, Function<long[], String> cells, String rowEnd,
            Function<String, String> label) {
        StringBuilder s = new StringBuilder(BEFORE);
        for (int i = 0; i < KEYS.size(); i++) {
            s.append(label.apply(LABELS.get(i))).append(cells.apply(table.get(KEYS.get(i)))).append(rowEnd);
        }
        return s.append(AFTER).toString();
    }

    private static String join(long[] row, String sep) {
        return java.util.Arrays.stream(row).mapToObj(Long::toString).collect(Collectors.joining(sep));
    }

    private static List<String> expected(Map<String, long[]> table) {
        List<String> out = new ArrayList<>();
        table.forEach((key, row) -> {
            for (int c = 0; c < 7; c++) {
                out.add(key + "/" + Table3Rows.COLUMNS.get(c) + "=" + row[c]);
            }
        });
        return out;
    }

    @Test
    void pipeTabAndAlignedLayoutsReadExactly() {
        Random random = new Random(SEED);
        for (int n = 0; n < 40; n++) {
            Map<String, long[]> table = randomTable(random);
            List<String> want = expected(table);
            String pipes = render(table, r -> " | " + join(r, " | ") + " |", "\n", l -> l);
            String tabs = render(table, r -> "\t\t" + join(r, "\t"), random.nextBoolean() ? "\n\n" : "\n", l -> l);
            String aligned = render(table, r -> "\n      " + join(r, "        "), "\n\n",
                    l -> l.length() > 12 ? l.substring(0, 10) + "\n  " + l.substring(10) : l);
            for (String text : List.of(pipes, tabs, aligned)) {
                assertEquals(want, TextReports.cells(TextReports.extract(text), ReportTable.T3),
                        "seed " + SEED + ", table " + n + ":\n" + text);
            }
        }
    }

    /** PDF text taken column by column: the numbers stay in row order, two labels move further down. */
    @Test
    void labelsMovedAwayFromTheirNumbersReadInTemplateOrder() {
        Random random = new Random(SEED);
        for (int n = 0; n < 20; n++) {
            Map<String, long[]> table = randomTable(random);
            StringBuilder s = new StringBuilder(BEFORE);
            for (int i = 0; i < KEYS.size(); i++) {
                String key = KEYS.get(i);
                boolean moved = key.equals("granted") || key.equals("partial");
                s.append(moved ? "" : LABELS.get(i) + "\n").append(join(table.get(key), "\n")).append("\n");
                if (key.equals("unable.notHeld")) {
                    s.append(LABELS.get(2)).append('\n').append(LABELS.get(3)).append('\n');
                }
            }
            String text = s.append(AFTER).toString();
            ReportFacts facts = TextReports.extract(text);
            assertEquals(expected(table), TextReports.cells(facts, ReportTable.T3), "seed " + SEED + ", table " + n);
            assertTrue(facts.notes().stream().anyMatch(x -> x.code().equals("readInOrder")), facts.notes().toString());
        }
    }

    @Test
    void aTableInOrderThatBreaksAnIdentityIsNotReadThatWay() {
        Map<String, long[]> table = randomTable(new Random(SEED));
        table.get("partial")[0] += 1;
        StringBuilder s = new StringBuilder(BEFORE);
        for (int i = 0; i < KEYS.size(); i++) {
            boolean moved = KEYS.get(i).equals("granted") || KEYS.get(i).equals("partial");
            s.append(moved ? "" : LABELS.get(i) + "\n").append(join(table.get(KEYS.get(i)), "\n")).append("\n");
        }
        s.append(LABELS.get(2)).append('\n').append(LABELS.get(3)).append('\n');
        ReportFacts facts = TextReports.extract(s.append(AFTER).toString());
        assertTrue(facts.notes().stream().noneMatch(x -> x.code().equals("readInOrder")), facts.notes().toString());
        for (String cell : TextReports.cells(facts, ReportTable.T3)) {
            assertTrue(expected(table).contains(cell), "invented " + cell);
        }
    }

    @Test
    void runTogetherCellsAreReadRightOrLeftOut() {
        Random random = new Random(SEED);
        int read = 0;
        int cells = 0;
        for (int n = 0; n < 40; n++) {
            Map<String, long[]> table = randomTable(random);
            List<String> want = expected(table);
            String crawled = render(table, r -> join(r, ""), "", l -> l).replace("\n", "");
            List<String> got = TextReports.cells(TextReports.extract(crawled), ReportTable.T3);
            for (String cell : got) {
                assertTrue(want.contains(cell), "seed " + SEED + ", table " + n + ": invented " + cell + " from\n" + crawled);
            }
            read += got.size();
            cells += want.size();
        }
        assertTrue(read > cells / 2, "only " + read + " of " + cells + " run-together cells were recovered");
    }

    @Test
    void anEmptyTemplateTableYieldsNoCellsAndSaysSo() {
        String text = BEFORE + KEYS.stream().map(k -> "| | | | | | | |").collect(Collectors.joining("\n"))
                .replaceFirst("\\| \\| \\|", "（二）部分公开（区分处理的，只计这一情形，不计其他情形） | |") + AFTER;
        ReportFacts facts = TextReports.extract(text.replace("（二）部分公开", "一、本年新收政府信息公开申请数量 | （二）部分公开"));
        assertEquals(List.of(), TextReports.cells(facts, ReportTable.T3));
        assertTrue(facts.notes().stream().anyMatch(n -> n.code().equals("tableEmpty")), facts.notes().toString());
    }
}
