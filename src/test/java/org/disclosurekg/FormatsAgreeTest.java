package org.disclosurekg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosurekg.document.Block;
import org.disclosurekg.document.Paragraph;
import org.disclosurekg.document.ReportDocument;
import org.disclosurekg.document.Row;
import org.disclosurekg.document.Table;
import org.disclosurekg.extract.ReportFacts;
import org.disclosurekg.extract.ReportTable;
import org.disclosurekg.read.ReportReadException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same report as text, as a Word document and as an HTML page gives the same table numbers and the
 * same identity: the seed's text is rebuilt in each format (its tables as real Word and HTML tables).
 */
class FormatsAgreeTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"420105-2020-hanyang.txt", "210103-2020-shenhe.txt"})
    void wordAndHtmlCopiesOfASeedReadLikeItsText(String seed) throws IOException, ReportReadException {
        Converter converter = new Converter();
        Converter.ConvertedReport text = converter.convert(Path.of("seeds", seed));
        String stem = seed.substring(0, seed.length() - 4);
        Path docx = dir.resolve(stem + ".docx");
        writeDocx(text.document(), docx);
        Path html = dir.resolve(stem + ".html");
        Files.writeString(html, html(text.document()));
        List<String> want = tableCells(text.facts());
        assertFalse(want.isEmpty());
        for (Path copy : List.of(docx, html)) {
            ReportFacts facts = converter.convert(copy).facts();
            assertEquals(want, tableCells(facts), copy.getFileName().toString());
            assertEquals(text.facts().identity().divisionCode(), facts.identity().divisionCode());
            assertEquals(text.facts().identity().year(), facts.identity().year());
            assertEquals(text.facts().identity().template(), facts.identity().template());
        }
    }

    private static List<String> tableCells(ReportFacts facts) {
        return facts.facts().stream()
                .filter(f -> f.table() != ReportTable.NARRATIVE && f.value() != null)
                .map(f -> f.key() + "=" + f.value().toPlainString())
                .sorted().toList();
    }

    private static void writeDocx(ReportDocument document, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (Block block : document.blocks()) {
                if (block instanceof Paragraph p) {
                    doc.createParagraph().createRun().setText(p.text());
                } else if (block instanceof Table t) {
                    int width = t.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(1);
                    XWPFTable table = doc.createTable(t.rows().size(), width);
                    for (int r = 0; r < t.rows().size(); r++) {
                        XWPFTableRow row = table.getRow(r);
                        List<String> cells = t.rows().get(r).texts();
                        for (int c = 0; c < cells.size(); c++) {
                            row.getCell(c).setText(cells.get(c));
                        }
                    }
                }
            }
            doc.write(out);
        }
    }

    private static String html(ReportDocument document) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(escape(document.sourceName())).append("</title></head><body><div class=\"article_content\">\n");
        for (Block block : document.blocks()) {
            if (block instanceof Paragraph p) {
                s.append("<p>").append(escape(p.text())).append("</p>\n");
            } else if (block instanceof Table t) {
                s.append("<table border=\"1\">\n");
                for (Row row : t.rows()) {
                    s.append("<tr>");
                    row.texts().forEach(c -> s.append("<td>").append(escape(c)).append("</td>"));
                    s.append("</tr>\n");
                }
                s.append("</table>\n");
            }
        }
        return s.append("</div></body></html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
