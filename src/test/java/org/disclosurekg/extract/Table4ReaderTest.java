package org.disclosurekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class Table4ReaderTest {
    private static final String HEAD = "四、政府信息公开行政复议、行政诉讼情况\n";
    private static final String HEADER = "行政复议 | 行政诉讼\n结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉\n"
            + "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n";
    private static final String TAIL = "\n五、存在的主要问题及改进情况\n";

    private static List<String> expected(long... v) {
        List<String> rows = Table4Reader.ROWS;
        List<String> cols = Table4Reader.COLUMNS;
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < 15; i++) {
            out.add(rows.get(i / 5) + "/" + cols.get(i % 5) + "=" + v[i]);
        }
        return out;
    }

    @Test
    void readsTheFifteenCellsAfterTheHeaderNotTheNarrativeBeforeIt() {
        String text = HEAD + "2020年度，有58起行政复议，结果维持56件，结果纠正1件，其他结果1件。行政诉讼2件。\n" + HEADER
                + "56 | 1 | 1 | 0 | 58 | 1 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 1 |" + TAIL;
        assertEquals(expected(56, 1, 1, 0, 58, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1),
                TextReports.cells(TextReports.extract(text), ReportTable.T4));
    }

    @Test
    void splitsARunTogetherRowWhenOnlyOneSplitMakesEveryGroupAddUp() {
        String text = HEAD + HEADER.replace(" | ", "").replace("\n", "") + "000000000000000" + TAIL;
        assertEquals(expected(new long[15]), TextReports.cells(TextReports.extract(text), ReportTable.T4));
    }

    @Test
    void leavesOutARunThatSplitsSeveralWays() {
        String text = HEAD + HEADER.replace(" | ", "").replace("\n", "") + "1123016020352210317" + TAIL;
        ReportFacts facts = TextReports.extract(text);
        assertEquals(List.of(), TextReports.cells(facts, ReportTable.T4));
        assertTrue(facts.notes().stream().anyMatch(n -> n.code().equals("ambiguousSplit")), facts.notes().toString());
    }
}
