package org.disclosurekg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.disclosurekg.document.Block;
import org.disclosurekg.document.Paragraph;
import org.disclosurekg.document.ReportDocument;
import org.disclosurekg.document.Table;
import org.junit.jupiter.api.Test;

class TextReportReaderTest {
    private static ReportDocument read(String text) throws ReportReadException {
        return new TextReportReader().read("r.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void pipeAndTabLinesBecomeTablesOtherLinesParagraphs() throws ReportReadException {
        ReportDocument doc = read("一、总体情况\n本年度新收申请221件。\n规章 | 0 | 0 | 0 |\n规范性文件 | 0 | 0 | 2 |\n\n三、情况\n"
                + "(一)予以公开\t81\t4\n");
        List<Block> blocks = doc.blocks();
        assertEquals(5, blocks.size());
        assertEquals(new Paragraph("本年度新收申请221件。", new org.disclosurekg.document.SourceRef(2, 0)), blocks.get(1));
        Table pipes = (Table) blocks.get(2);
        assertFalse(pipes.grid());
        assertEquals(List.of("规范性文件", "0", "0", "2", ""), pipes.rows().get(1).texts());
        assertEquals(4, pipes.rows().get(1).source().line());
        assertEquals(List.of("(一)予以公开", "81", "4"), ((Table) blocks.get(4)).rows().get(0).texts());
    }

    @Test
    void aTableContinuesAcrossBlankLinesAndSkipsRuleLines() throws ReportReadException {
        ReportDocument doc = read("a\t1\t2\n\n\nb\t3\t4\n--------\t-----\t----\nc\t5\t6\nend\n");
        Table table = (Table) doc.blocks().get(0);
        assertEquals(3, table.rows().size());
        assertEquals(List.of("c", "5", "6"), table.rows().get(2).texts());
        assertTrue(doc.blocks().get(1) instanceof Paragraph);
    }

    @Test
    void recordsTheChecksumCharsetAndScript() throws ReportReadException {
        ReportDocument doc = new TextReportReader().read("r.txt", "政府資訊公開年度報告，區政府網站發佈資訊。".getBytes(EncodingSniffer.BIG5));
        assertEquals("Big5", doc.charset());
        assertTrue(doc.traditional());
        assertEquals(64, doc.sha256().length());
        assertEquals("政府信息公开年度报告,区政府网站发布信息。", ((Paragraph) doc.blocks().get(0)).text());
    }

    @Test
    void anEmptyFileIsAnError() {
        ReportReadException e = assertThrows(ReportReadException.class, () -> read("  \n\n "));
        assertTrue(e.getMessage().contains("no text"));
    }
}
