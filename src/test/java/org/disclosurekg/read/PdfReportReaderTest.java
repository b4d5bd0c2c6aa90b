package org.disclosurekg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.disclosurekg.document.Paragraph;
import org.disclosurekg.document.ReportDocument;
import org.disclosurekg.document.Row;
import org.disclosurekg.document.Table;
import org.junit.jupiter.api.Test;

class PdfReportReaderTest {
    private static final float[] COLUMNS = {70, 200, 260, 320, 380};

    private static ReportDocument read(byte[] pdf) throws ReportReadException {
        return new PdfReportReader().read("report.pdf", pdf);
    }

    /** A ruled table of one header row and numbered rows, starting at y. */
    private static void table(TestPdfs pdf, float y, String[][] rows) throws IOException {
        float[] ys = new float[rows.length + 1];
        for (int r = 0; r <= rows.length; r++) {
            ys[r] = y + 20 * r;
        }
        pdf.grid(COLUMNS, ys);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                pdf.text(COLUMNS[c] + 4, ys[r] + 14, 9, rows[r][c]);
            }
        }
    }

    @Test
    void readsARuledTableAcrossAPageBreakIntoOneGridAndDropsPageNumbers() throws Exception {
        TestPdfs pdf = new TestPdfs().page().text(70, 60, 14, "Annual report 2024");
        table(pdf, 100, new String[][] {{"Item", "A", "B", "Total"}, {"new", "3001", "53", "3054"},
            {"old", "34", "0", "34"}});
        pdf.text(290, 800, 12, "-1-");
        pdf.page();
        table(pdf, 60, new String[][] {{"done", "2932", "53", "2985"}, {"left", "103", "0", "103"}});
        pdf.text(290, 800, 12, "-2-").text(70, 200, 12, "End of the report.");
        ReportDocument doc = read(pdf.bytes());

        List<Table> tables = HtmlReportReaderTest.tables(doc);
        assertEquals(1, tables.size());
        assertEquals(List.of(List.of("Item", "A", "B", "Total"), List.of("new", "3001", "53", "3054"),
                List.of("old", "34", "0", "34"), List.of("done", "2932", "53", "2985"),
                List.of("left", "103", "0", "103")), tables.get(0).rows().stream().map(Row::texts).toList());
        assertTrue(tables.get(0).grid());
        assertEquals(2, tables.get(0).rows().get(3).source().page());
        List<String> texts = HtmlReportReaderTest.paragraphs(doc).stream().map(Paragraph::text).toList();
        assertEquals(List.of("Annual report 2024", "End of the report."), texts);
    }

    @Test
    void aMissingBorderMakesASpanningCell() throws Exception {
        TestPdfs pdf = new TestPdfs().page();
        for (float y : new float[] {100, 140, 160}) {
            pdf.line(COLUMNS[0], y, COLUMNS[4], y);
        }
        pdf.line(200, 120, 380, 120);
        pdf.line(70, 100, 70, 160).line(380, 100, 380, 160).line(200, 100, 200, 160);
        pdf.line(260, 120, 260, 160).line(320, 100, 320, 160);
        pdf.text(74, 125, 9, "Group").text(204, 114, 9, "Applicants").text(324, 114, 9, "Total");
        pdf.text(204, 134, 9, "Persons").text(264, 134, 9, "Firms");
        pdf.text(74, 154, 9, "new").text(204, 154, 9, "12").text(264, 154, 9, "3").text(324, 154, 9, "15");
        Table table = HtmlReportReaderTest.tables(read(pdf.bytes())).get(0);
        assertEquals(List.of(List.of("Group", "Applicants", "^Applicants", "Total"),
                List.of("^Group", "Persons", "Firms", ""), List.of("new", "12", "3", "15")),
                table.rows().stream().map(HtmlReportReaderTest::marked).toList());
    }

    @Test
    void alignsTheColumnsOfAnUnruledTableIntoAGrid() throws Exception {
        TestPdfs pdf = new TestPdfs().page().text(70, 60, 12, "Applications received this year");
        pdf.text(70, 100, 9, "Item").text(200, 100, 9, "A").text(240, 100, 9, "B").text(300, 100, 9, "Total");
        pdf.text(70, 115, 9, "new").text(200, 115, 9, "3001").text(240, 115, 9, "53").text(300, 115, 9, "3054");
        pdf.text(70, 127, 9, "(carried");
        pdf.text(70, 139, 9, "over)").text(204, 139, 9, "34").text(240, 139, 9, "0").text(304, 139, 9, "34");
        ReportDocument doc = read(pdf.bytes());
        Table table = HtmlReportReaderTest.tables(doc).get(0);
        assertEquals(List.of(List.of("Item", "A", "B", "Total"), List.of("new", "3001", "53", "3054"),
                List.of("(carried", "", "", ""), List.of("over)", "34", "0", "34")),
                table.rows().stream().map(Row::texts).toList());
        assertEquals(List.of("Applications received this year"),
                HtmlReportReaderTest.paragraphs(doc).stream().map(Paragraph::text).toList());
    }

    @Test
    void keepsNumbersApartInLinesThatDoNotLineUp() throws Exception {
        TestPdfs pdf = new TestPdfs().page();
        pdf.text(70, 100, 9, "new").text(200, 100, 9, "3001").text(240, 100, 9, "53").text(300, 100, 9, "3054");
        pdf.text(70, 115, 9, "a wide label spanning").text(225, 115, 9, "7").text(330, 115, 9, "8");
        List<String> texts = HtmlReportReaderTest.paragraphs(read(pdf.bytes())).stream().map(Paragraph::text).toList();
        assertEquals(List.of("new 3001 53 3054", "a wide label spanning 7 8"), texts);
    }

    @Test
    void joinsRunningLinesIntoOneParagraphButNotIndentedOnes() throws Exception {
        TestPdfs pdf = new TestPdfs().page();
        pdf.text(100, 100, 12, "Heading one");
        pdf.justified(94, 500, 120, 12, "The first paragraph starts indented and runs on to the");
        pdf.justified(70, 500, 140, 12, "margin of the text block, where this line also ends, just");
        pdf.text(70, 160, 12, "and ends here.");
        pdf.text(94, 180, 12, "A second paragraph.");
        List<String> texts = HtmlReportReaderTest.paragraphs(read(pdf.bytes())).stream().map(Paragraph::text).toList();
        assertEquals(List.of("Heading one", "The first paragraph starts indented and runs on to the margin of the "
                + "text block, where this line also ends, just and ends here.",
                "A second paragraph."), texts);
    }

    @Test
    void numbersLinesFromTheDocumentStartWithTheirPage() throws Exception {
        TestPdfs pdf = new TestPdfs().page().text(70, 60, 12, "First").text(70, 300, 12, "Second");
        pdf.page().text(70, 60, 12, "Third");
        List<Paragraph> ps = HtmlReportReaderTest.paragraphs(read(pdf.bytes()));
        assertEquals(List.of(1, 2, 3), ps.stream().map(p -> p.source().line()).toList());
        assertEquals(List.of(1, 1, 2), ps.stream().map(p -> p.source().page()).toList());
    }

    @Test
    void aPdfWithoutTextIsReportedAsAScan() throws Exception {
        TestPdfs pdf = new TestPdfs().page().line(70, 100, 300, 100);
        ReportReadException e = assertThrows(ReportReadException.class, () -> read(pdf.bytes()));
        assertEquals("the PDF has no text layer (a scan?)", e.getMessage());
    }

    @Test
    void corruptBytesAreAClearError() {
        byte[] bad = "%PDF-1.7\nthis is not really a PDF".getBytes();
        ReportReadException e = assertThrows(ReportReadException.class, () -> read(bad));
        assertTrue(e.getMessage().contains("PDF"), e.getMessage());
        assertThrows(ReportReadException.class, () -> read(Arrays.copyOf(bad, 4)));
    }

    @Test
    void aPasswordProtectedPdfIsAClearError() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            new PDPageContentStream(doc, page).close();
            doc.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
            doc.save(out);
        }
        ReportReadException e = assertThrows(ReportReadException.class, () -> read(out.toByteArray()));
        assertTrue(e.getMessage().contains("password"), e.getMessage());
    }

    @Test
    void readsAPdfThatOnlyRestrictsPermissions() throws Exception {
        byte[] plain = new TestPdfs().page().text(70, 70, 12, "Annual report").bytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain)) {
            AccessPermission none = new AccessPermission();
            none.setCanExtractContent(false);
            none.setCanPrint(false);
            doc.protect(new StandardProtectionPolicy("owner", "", none));
            doc.save(out);
        }
        assertEquals("Annual report", HtmlReportReaderTest.paragraphs(read(out.toByteArray())).get(0).text());
    }

    @Test
    void cellTextHasNoPageNumberOrSpuriousRows() throws Exception {
        TestPdfs pdf = new TestPdfs().page();
        table(pdf, 100, new String[][] {{"a", "1", "2", "3"}});
        ReportDocument doc = read(pdf.bytes());
        assertFalse(HtmlReportReaderTest.tables(doc).isEmpty());
        assertEquals(1, HtmlReportReaderTest.tables(doc).get(0).rows().size());
    }
}
