package org.disclosurekg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.disclosurekg.document.Paragraph;
import org.disclosurekg.document.ReportDocument;
import org.disclosurekg.document.Table;
import org.junit.jupiter.api.Test;

class DocxReportReaderTest {
    @Test
    void expandsGridSpanAndVMergeIntoAFullGridInBodyOrder() throws Exception {
        ReportDocument doc = new DocxReportReader().read("r.docx", TestDocx.mergedTable());
        assertEquals("某县2021年政府信息公开工作年度报告", ((Paragraph) doc.blocks().get(0)).text());
        Table table = assertInstanceOf(Table.class, doc.blocks().get(1));
        assertTrue(table.grid());
        assertEquals(List.of(
                List.of("项目", "^项目", "申请人情况", "^申请人情况"),
                List.of("^项目", "^项目", "自然人", "法人"),
                List.of("三、结果", "予以公开", "12", ""),
                List.of("^三、结果", "不予公开", "0", "3")),
                table.rows().stream().map(HtmlReportReaderTest::marked).toList());
        assertEquals("五、存在的主要问题及改进情况", ((Paragraph) doc.blocks().get(2)).text());
        assertEquals(List.of(2, 3, 4, 5), table.rows().stream().map(r -> r.source().line()).toList());
        assertEquals(6, doc.blocks().get(2).source().line());
        assertEquals(ReportFormat.DOCX.mediaType(), doc.mediaType());
    }

    @Test
    void convertsATraditionalDocument() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("臺北市政府資訊公開工作年度報告");
            doc.createTable(1, 2).getRow(0).getCell(0).setText("申請數量");
            doc.write(out);
        }
        ReportDocument doc = new DocxReportReader().read("t.docx", out.toByteArray());
        assertTrue(doc.traditional());
        assertEquals("申请数量", ((Table) doc.blocks().get(1)).rows().get(0).texts().get(0));
    }

    @Test
    void corruptFileIsAClearError() {
        ReportReadException e = assertThrows(ReportReadException.class,
                () -> new DocxReportReader().read("bad.docx", "PK\u0003\u0004 not a zip".getBytes()));
        assertTrue(e.getMessage().contains("Word"), e.getMessage());
    }
}
