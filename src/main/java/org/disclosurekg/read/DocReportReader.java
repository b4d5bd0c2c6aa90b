package org.disclosurekg.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.disclosurekg.document.Cell;
import org.disclosurekg.document.ReportDocument;
import org.disclosurekg.document.SourceRef;

/**
 * Reads legacy Word 97–2003 reports (.doc) with Apache POI HWPF: paragraphs and tables in document
 * order. HWPF gives each cell's left edge and width, so the grid columns are the distinct cell edges of
 * the table and a wider cell spans several; vertical merges come from the cells' merge flags. Lines are
 * counted one per paragraph and one per table row; the page is 0.
 */
public final class DocReportReader implements ReportReader {
    /** Cell edges closer than this (in twips, 1/20 pt) are one grid boundary. */
    private static final int SAME_EDGE = 30;

    @Override
    public ReportDocument read(String sourceName, byte[] bytes) throws ReportReadException {
        DocumentAssembler out = new DocumentAssembler();
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            body(doc.getRange(), out);
        } catch (IOException | RuntimeException e) {
            throw new ReportReadException("not a readable Word 97-2003 (.doc) file: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new ReportReadException("the Word file holds no text");
        }
        return out.build(sourceName, ReportFormat.DOC.mediaType(), bytes, "UTF-16LE");
    }

    private static void body(Range range, DocumentAssembler out) {
        int line = 0;
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table table = range.getTable(p);
                line = table(table, line, out);
                i += Math.max(table.numParagraphs(), 1) - 1;
                continue;
            }
            for (String part : WordTexts.lines(p.text())) {
                out.paragraph(TextPieces.collapse(part, false), SourceRef.line(++line));
            }
        }
    }

    /** Emits the table and returns the line count after it. */
    private static int table(Table table, int line, DocumentAssembler out) {
        List<Integer> edges = edges(table);
        PlacedGrid grid = new PlacedGrid();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            grid.newRow(SourceRef.line(++line));
            for (int c = 0; c < row.numCells(); c++) {
                place(grid, edges, row.getCell(c));
            }
        }
        grid.addTo(out);
        return line;
    }

    private static void place(PlacedGrid grid, List<Integer> edges, TableCell cell) {
        int from = edge(edges, cell.getLeftEdge());
        int span = Math.max(1, edge(edges, cell.getLeftEdge() + cell.getWidth()) - from);
        if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
            grid.continueAbove(from, span);
        } else if (cell.isMerged() && !cell.isFirstMerged()) {
            grid.continueLeft(from, span);
        } else {
            grid.put(from, span, cellText(cell));
        }
    }

    private static String cellText(TableCell cell) {
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < cell.numParagraphs(); i++) {
            for (String part : WordTexts.lines(cell.getParagraph(i).text())) {
                pieces.add(TextPieces.collapse(part, true));
            }
        }
        return TextPieces.join(pieces);
    }

    /** The distinct cell edges of the table, left to right. */
    private static List<Integer> edges(Table table) {
        TreeSet<Integer> all = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                all.add(row.getCell(c).getLeftEdge());
                all.add(row.getCell(c).getLeftEdge() + row.getCell(c).getWidth());
            }
        }
        List<Integer> edges = new ArrayList<>();
        for (int e : all) {
            if (edges.isEmpty() || e - edges.get(edges.size() - 1) > SAME_EDGE) {
                edges.add(e);
            }
        }
        return edges;
    }

    private static int edge(List<Integer> edges, int x) {
        int best = 0;
        for (int i = 1; i < edges.size(); i++) {
            if (Math.abs(edges.get(i) - x) < Math.abs(edges.get(best) - x)) {
                best = i;
            }
        }
        return best;
    }
}
