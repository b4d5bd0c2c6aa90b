package org.disclosurekg.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosurekg.document.Block;
import org.disclosurekg.document.Cell;
import org.disclosurekg.document.Paragraph;
import org.disclosurekg.document.ReportDocument;
import org.disclosurekg.document.Row;
import org.disclosurekg.document.SourceRef;
import org.disclosurekg.document.Table;

/**
 * Reads plain-text reports: each non-blank line is a paragraph, except lines with pipes or tabs, which
 * are table rows. Consecutive rows form one table, also across blank lines (page breaks), so a table
 * ends only at the next line of running text.
 */
public final class TextReportReader implements ReportReader {
    private static final Pattern RULE_CELL = Pattern.compile("[-=+_:\\s]*");

    @Override
    public ReportDocument read(String sourceName, byte[] bytes) throws ReportReadException {
        EncodingSniffer.Decoded decoded = EncodingSniffer.decode(bytes);
        TextNormalizer.Normalized text = TextNormalizer.normalize(decoded.text());
        if (text.text().isBlank()) {
            throw new ReportReadException("the file holds no text");
        }
        List<Block> blocks = blocks(text.text());
        return new ReportDocument(sourceName, "text/plain", Digests.sha256(bytes), decoded.charset().name(),
                text.traditional(), blocks, List.of());
    }

    /** Splits normalised text into paragraphs and tables. */
    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            SourceRef at = SourceRef.line(i + 1);
            if (line.isEmpty()) {
                continue;
            }
            if (isRow(lines[i])) {
                List<Cell> cells = cells(lines[i]);
                if (!isRule(cells)) {
                    rows.add(new Row(cells, at));
                }
                continue;
            }
            flush(rows, blocks);
            blocks.add(new Paragraph(line, at));
        }
        flush(rows, blocks);
        return blocks;
    }

    private static boolean isRow(String line) {
        return line.indexOf('|') >= 0 || line.strip().indexOf('\t') >= 0 || line.startsWith("\t");
    }

    private static List<Cell> cells(String line) {
        String separator = line.indexOf('|') >= 0 ? "\\|" : "\t";
        String[] parts = line.split(separator, -1);
        List<Cell> cells = new ArrayList<>(parts.length);
        for (String part : parts) {
            cells.add(Cell.of(part.strip()));
        }
        return cells;
    }

    /** A row made only of dashes or similar, as text renderings draw under a header. */
    private static boolean isRule(List<Cell> cells) {
        boolean drawn = false;
        for (Cell cell : cells) {
            if (!RULE_CELL.matcher(cell.text()).matches()) {
                return false;
            }
            drawn |= cell.text().contains("--") || cell.text().contains("==");
        }
        return drawn;
    }

    private static void flush(List<Row> rows, List<Block> blocks) {
        if (!rows.isEmpty()) {
            blocks.add(new Table(rows, false, rows.get(0).source()));
            rows.clear();
        }
    }
}
