package org.disclosurekg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.disclosurekg.document.Paragraph;
import org.disclosurekg.document.ReportDocument;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
    private static final byte[] HTML = "<!DOCTYPE html><html><body><p>政府信息公开工作年度报告</p></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void extensionsNameTheFormat() {
        assertEquals(Optional.of(ReportFormat.PDF), ReportFormat.of(Path.of("a/B.PDF")));
        assertEquals(Optional.of(ReportFormat.DOCX), ReportFormat.of(Path.of("b.docx")));
        assertEquals(Optional.of(ReportFormat.DOC), ReportFormat.of(Path.of("b.doc")));
        assertEquals(Optional.of(ReportFormat.HTML), ReportFormat.of(Path.of("b.shtml")));
        assertEquals(Optional.empty(), ReportFormat.of(Path.of("b.xls")));
    }

    @Test
    void aDocThatIsReallyHtmlIsReadAsHtml() throws Exception {
        ReportFormat format = ReportFormat.detect(Path.of("report.doc"), HTML);
        assertEquals(ReportFormat.HTML, format);
        ReportDocument doc = format.reader().read("report.doc", HTML);
        assertEquals("政府信息公开工作年度报告", ((Paragraph) doc.blocks().get(0)).text());
    }

    @Test
    void anHtmlFileThatIsReallyGbkTextIsReadAsText() throws Exception {
        byte[] gbk = "某县2019年政府信息公开工作年度报告\n一、总体情况\n".getBytes(Charset.forName("GBK"));
        ReportFormat format = ReportFormat.detect(Path.of("report.html"), gbk);
        assertEquals(ReportFormat.TEXT, format);
        assertEquals("GB18030", format.reader().read("report.html", gbk).charset());
    }

    @Test
    void magicBytesWinOverTheExtension() throws Exception {
        assertEquals(ReportFormat.PDF, ReportFormat.detect(Path.of("x.html"), new TestPdfs().page()
                .text(70, 70, 12, "Report").bytes()));
        assertEquals(ReportFormat.DOCX, ReportFormat.detect(Path.of("x.doc"), TestDocx.mergedTable()));
        byte[] doc = Files.readAllBytes(Path.of("src/test/resources/read/merged-table.doc"));
        assertEquals(ReportFormat.DOC, ReportFormat.detect(Path.of("x.docx"), doc));
        assertEquals(ReportFormat.HTML, ReportFormat.detect(Path.of("page.aspx"), HTML));
    }

    @Test
    void rtfAndOtherOfficeFilesAreClearErrors() {
        ReportReadException rtf = assertThrows(ReportReadException.class,
                () -> ReportFormat.detect(Path.of("x.doc"), "{\\rtf1\\ansi\\ansicpg936 report}".getBytes()));
        assertTrue(rtf.getMessage().contains("RTF"), rtf.getMessage());
        byte[] zip = {'P', 'K', 3, 4, 'x', 'l', '/', 0, 0, 0};
        assertTrue(assertThrows(ReportReadException.class, () -> ReportFormat.detect(Path.of("x.docx"), zip))
                .getMessage().contains("not a Word"));
        assertThrows(ReportReadException.class, () -> ReportFormat.detect(Path.of("notes.md"), "text".getBytes()));
        assertThrows(ReportReadException.class, () -> ReportFormat.detect(Path.of("x.bin"), new byte[] {0, 1, 2, 0}));
    }

    @Test
    void textWithBinaryExtensionIsStillText() throws Exception {
        assertEquals(ReportFormat.TEXT, ReportFormat.detect(Path.of("x.pdf"), "政府信息公开".getBytes(StandardCharsets.UTF_8)));
    }
}
