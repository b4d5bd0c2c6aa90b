package org.disclosurekg.read;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosurekg.document.Block;
import org.disclosurekg.document.Cell;
import org.disclosurekg.document.Paragraph;
import org.disclosurekg.document.ReportDocument;
import org.disclosurekg.document.Row;
import org.disclosurekg.document.Table;

/**
 * A debug helper, not a test: prints what a reader made of report files, paragraphs as lines and tables
 * as grids, so a person can look at them. Run with the files as arguments, e.g.
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.disclosurekg.read.DocumentDump FILE...}.
 */
final class DocumentDump {
    private DocumentDump() {
    }

    public static void main(String[] args) throws IOException, ReportReadException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int maxParagraphs = Integer.getInteger("paragraphs", 8);
        for (String arg : args) {
            Path file = Path.of(arg);
            byte[] bytes = Files.readAllBytes(file);
            ReportFormat format = ReportFormat.detect(file, bytes);
            ReportReader reader = format == ReportFormat.PDF && Boolean.getBoolean("noRulings")
                    ? new PdfReportReader(false) : format.reader();
            ReportDocument doc = reader.read(file.getFileName().toString(), bytes);
            out.println("=== " + doc.sourceName() + " (" + doc.mediaType() + ", " + doc.charset()
                    + (doc.traditional() ? ", traditional" : "") + ") warnings=" + doc.warnings());
            print(doc, maxParagraphs, out);
        }
    }

    /** Prints the first paragraphs and every table of the document. */
    static void print(ReportDocument doc, int maxParagraphs, PrintStream out) {
        int paragraphs = 0;
        for (Block block : doc.blocks()) {
            if (block instanceof Paragraph p && paragraphs++ < maxParagraphs) {
                out.println("[" + p.source() + "] " + p.text());
            } else if (block instanceof Table t) {
                out.println("TABLE at " + t.source() + ": " + t.rows().size() + " rows");
                t.rows().forEach(row -> out.println("  " + render(row)));
            }
        }
        out.println("(" + paragraphs + " paragraphs)");
    }

    /** One row as {@code | a | b |}, spanned copies shown as {@code ^}. */
    static String render(Row row) {
        StringBuilder sb = new StringBuilder("|");
        for (Cell cell : row.cells()) {
            String text = cell.text().length() > 14 ? cell.text().substring(0, 13) + "…" : cell.text();
            sb.append(' ').append(cell.spanned() ? "^" : text.isEmpty() ? "·" : text).append(" |");
        }
        return sb.append("  (").append(row.source()).append(')').toString();
    }
}
