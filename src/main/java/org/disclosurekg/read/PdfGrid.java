package org.disclosurekg.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosurekg.document.Cell;
import org.disclosurekg.document.Row;
import org.disclosurekg.document.SourceRef;

/**
 * A ruled PDF table as a full grid: each grid position knows the drawn cell (region) it belongs to, so
 * that a table broken by a page break can be continued and the cells the break cut can be put together.
 */
final class PdfGrid {
    /** Column boundaries of two parts may differ by this much and still be one. */
    private static final double SAME_BOUNDARY = 3.0;
    /** Text that opens a new item of a list (一、 （二） 3. 4、), which a cut cell's rest never does. */
    private static final Pattern ITEM = Pattern.compile("^[（(]?[一二三四五六七八九十\\d]+[）)、.．]");

    /** One grid position: the raw text of its drawn cell, whether it is a copy, and the cell's id. */
    record Slot(String text, boolean spanned, int region) {
    }

    private final List<Double> columns;
    private final List<List<Slot>> rows;
    private final List<SourceRef> sources;
    private final double top;
    private final int page;

    PdfGrid(List<Double> columns, List<List<Slot>> rows, List<SourceRef> sources, double top, int page) {
        this.columns = List.copyOf(columns);
        this.rows = new ArrayList<>(rows);
        this.sources = new ArrayList<>(sources);
        this.top = top;
        this.page = page;
    }

    double top() {
        return top;
    }

    int page() {
        return page;
    }

    /** Where the table starts. */
    SourceRef source() {
        return sources.get(0);
    }

    /**
     * True when the part from the next page has the same outer edges and each of its column boundaries
     * is one of this table's, so it continues this table (perhaps with merged cells where this has more).
     */
    boolean continuesWith(PdfGrid next) {
        return next.columns.stream().allMatch(x -> boundary(x) >= 0)
                && boundary(next.columns.get(0)) == 0
                && boundary(next.columns.get(next.columns.size() - 1)) == columns.size() - 1;
    }

    /** Appends the rows of the continuation, widened to this table's columns, joining cells the page break cut. */
    void append(PdfGrid next) {
        int offset = maxRegion() + 1;
        List<List<Slot>> added = new ArrayList<>();
        for (List<Slot> row : next.rows) {
            added.add(widen(next.columns, row, offset));
        }
        List<Slot> last = rows.get(rows.size() - 1);
        for (int region : regionsOf(added.get(0))) {
            joinCut(last, added, region);
        }
        rows.addAll(added);
        sources.addAll(next.sources);
    }

    /** The rows as the document model has them, with raw text. */
    List<Row> toRows() {
        List<Row> out = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = new ArrayList<>();
            for (Slot s : rows.get(r)) {
                cells.add(new Cell(s.text(), s.spanned()));
            }
            out.add(new Row(cells, sources.get(r)));
        }
        return out;
    }

    /**
     * Joins a cell at the top of the continuation to the cell above it when the page break cut one cell
     * in two: both cover the same columns, one of them spans several rows (a tall cell was cut), and the
     * lower part is blank or does not open a new list item.
     */
    private void joinCut(List<Slot> last, List<List<Slot>> added, int region) {
        List<Integer> cols = columnsOf(added.get(0), region);
        int above = last.get(cols.get(0)).region();
        if (!columnsOf(last, above).equals(cols)) {
            return;
        }
        String upper = last.get(cols.get(0)).text();
        String lower = added.get(0).get(cols.get(0)).text();
        boolean tall = rowsOf(rows, above) > 1 || rowsOf(added, region) > 1;
        if (upper.isBlank() || !(lower.isBlank() || tall && !ITEM.matcher(lower.strip()).find())) {
            return;
        }
        String joined = TextPieces.join(List.of(upper, lower));
        relabel(rows, above, joined, above, false);
        relabel(added, region, joined, above, true);
    }

    private static void relabel(List<List<Slot>> grid, int region, String text, int newRegion, boolean allSpanned) {
        for (List<Slot> row : grid) {
            for (int c = 0; c < row.size(); c++) {
                Slot s = row.get(c);
                if (s.region() == region) {
                    row.set(c, new Slot(text, allSpanned || s.spanned(), newRegion));
                }
            }
        }
    }

    private List<Slot> widen(List<Double> nextColumns, List<Slot> row, int offset) {
        List<Slot> wide = new ArrayList<>();
        for (int k = 0; k < row.size(); k++) {
            Slot s = row.get(k);
            int from = boundary(nextColumns.get(k));
            int to = boundary(nextColumns.get(k + 1));
            for (int c = from; c < to; c++) {
                wide.add(new Slot(s.text(), s.spanned() || c > from, s.region() + offset));
            }
        }
        return wide;
    }

    /** The index of this table's column boundary at x, or -1. */
    private int boundary(double x) {
        for (int i = 0; i < columns.size(); i++) {
            if (Math.abs(columns.get(i) - x) <= SAME_BOUNDARY) {
                return i;
            }
        }
        return -1;
    }

    private static List<Integer> regionsOf(List<Slot> row) {
        return row.stream().map(Slot::region).distinct().toList();
    }

    private static List<Integer> columnsOf(List<Slot> row, int region) {
        List<Integer> cols = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            if (row.get(c).region() == region) {
                cols.add(c);
            }
        }
        return cols;
    }

    private static long rowsOf(List<List<Slot>> grid, int region) {
        return grid.stream().filter(row -> row.stream().anyMatch(s -> s.region() == region)).count();
    }

    private int maxRegion() {
        return rows.stream().flatMap(List::stream).mapToInt(Slot::region).max().orElse(0);
    }
}
