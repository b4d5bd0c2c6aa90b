package org.disclosurekg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disclosurekg.document.Paragraph;
import org.disclosurekg.document.ReportDocument;
import org.disclosurekg.document.Table;
import org.junit.jupiter.api.Test;

class DocReportReaderTest {
    private static final Path FIXTURE = Path.of("src/test/resources/read/merged-table.doc");

    @Test
    void readsParagraphsAndAMergedTableFromAWord97File() throws Exception {
        ReportDocument doc = new DocReportReader().read("merged-table.doc", Files.readAllBytes(FIXTURE));
        assertEquals("某县2021年政府信息公开工作年度报告", ((Paragraph) doc.blocks().get(0)).text());
        Table table = assertInstanceOf(Table.class, doc.blocks().get(1));
        assertEquals(List.of(
                List.of("项目", "^项目", "申请人情况", "^申请人情况"),
                List.of("^项目", "^项目", "自然人", "法人"),
                List.of("三、结果", "予以公开", "12", ""),
                List.of("^三、结果", "不予公开", "0", "3")),
                table.rows().stream().map(HtmlReportReaderTest::marked).toList());
        assertEquals("五、存在的主要问题及改进情况", ((Paragraph) doc.blocks().get(2)).text());
        assertEquals(ReportFormat.DOC.mediaType(), doc.mediaType());
    }

    @Test
    void dropsFieldInstructionsAndKeepsTheirResults() {
        assertEquals(List.of("见第3页", "下一行"), WordTexts.lines("见第\u0013 PAGE \\* MERGEFORMAT \u00143\u0015页\u000b下一行"));
    }

    @Test
    void corruptFileIsAClearError() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        ReportReadException e = assertThrows(ReportReadException.class, () -> new DocReportReader().read("x.doc", ole2));
        assertTrue(e.getMessage().contains("Word 97-2003"), e.getMessage());
    }
}
