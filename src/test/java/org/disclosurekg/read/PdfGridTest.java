package org.disclosurekg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.disclosurekg.document.Row;
import org.disclosurekg.document.SourceRef;
import org.junit.jupiter.api.Test;

class PdfGridTest {
    private static final List<Double> COLUMNS = List.of(70.0, 95.0, 140.0, 250.0, 290.0);

    /** A grid from rows of "text@region" or "^text@region" (spanned). */
    private static PdfGrid grid(List<Double> columns, int page, String... rows) {
        List<List<PdfGrid.Slot>> slots = new ArrayList<>();
        List<SourceRef> sources = new ArrayList<>();
        for (String row : rows) {
            List<PdfGrid.Slot> cells = new ArrayList<>();
            for (String cell : row.split("\\|", -1)) {
                boolean spanned = cell.startsWith("^");
                String[] parts = cell.substring(spanned ? 1 : 0).split("@");
                cells.add(new PdfGrid.Slot(parts[0], spanned, Integer.parseInt(parts[1])));
            }
            slots.add(cells);
            sources.add(new SourceRef(slots.size(), page));
        }
        return new PdfGrid(columns, slots, sources, 100, page);
    }

    private static List<List<String>> marked(PdfGrid grid) {
        return grid.toRows().stream().map(HtmlReportReaderTest::marked).toList();
    }

    @Test
    void joinsATallCellThatThePageBreakCutInTwo() {
        PdfGrid first = grid(COLUMNS, 4, "三、本年度办理结果@0|（三）不予@1|8.属于行政查询事项@2|105@3",
                "^三、本年度办理结果@0|（四）无@4|1.本机关不掌握@5|746@6");
        PdfGrid next = grid(COLUMNS, 5, "@0|法提供@1|2.没有现成信息@2|11@3", "^@0|^法提供@1|3.补正后@4|1@5",
                "^@0|（五）不予处理@6|1.信访举报@7|56@8");
        assertTrue(first.continuesWith(next));
        first.append(next);
        assertEquals(List.of(
                List.of("三、本年度办理结果", "（三）不予", "8.属于行政查询事项", "105"),
                List.of("^三、本年度办理结果", "（四）无法提供", "1.本机关不掌握", "746"),
                List.of("^三、本年度办理结果", "^（四）无法提供", "2.没有现成信息", "11"),
                List.of("^三、本年度办理结果", "^（四）无法提供", "3.补正后", "1"),
                List.of("^三、本年度办理结果", "（五）不予处理", "1.信访举报", "56")), marked(first));
    }

    @Test
    void keepsCellsApartWhenTheBreakFallsBetweenItems() {
        PdfGrid first = grid(COLUMNS, 4, "组@0|（四）无法提供@1|3.补正@2|1@3");
        PdfGrid next = grid(COLUMNS, 5, "^组@0|（五）不予处理@4|1.信访@5|56@6", "^组@0|^（五）不予处理@4|2.重复@7|25@8");
        first.append(next);
        assertEquals("（五）不予处理", first.toRows().get(1).texts().get(1));
        assertEquals("（四）无法提供", first.toRows().get(0).texts().get(1));
    }

    @Test
    void widensAContinuationWithFewerColumns() {
        PdfGrid first = grid(COLUMNS, 3, "信息内容@0|本年制发@1|本年废止@2|现行有效@3");
        PdfGrid next = grid(List.of(70.0, 95.5, 290.0), 4, "行政处罚@0|3985758@1");
        assertTrue(first.continuesWith(next));
        first.append(next);
        List<Row> rows = first.toRows();
        assertEquals(List.of("行政处罚", "3985758", "^3985758", "^3985758"), HtmlReportReaderTest.marked(rows.get(1)));
        assertEquals(4, rows.get(1).source().page());
    }

    @Test
    void aPartWithOtherColumnsIsNotAContinuation() {
        PdfGrid first = grid(COLUMNS, 3, "a@0|b@1|c@2|d@3");
        assertFalse(first.continuesWith(grid(List.of(70.0, 120.0, 290.0), 4, "x@0|y@1")));
        assertFalse(first.continuesWith(grid(List.of(60.0, 95.0, 290.0), 4, "x@0|y@1")));
    }
}
