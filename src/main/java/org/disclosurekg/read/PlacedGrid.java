package org.disclosurekg.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurekg.document.Cell;
import org.disclosurekg.document.Row;
import org.disclosurekg.document.SourceRef;

/**
 * Builds a full grid from cells placed at known grid columns, as Word tables give them: a cell spanning
 * columns is copied, marked spanned, to its right; a cell that continues a vertical merge copies the
 * cell above it.
 */
final class PlacedGrid {
    private final List<Map<Integer, Cell>> rows = new ArrayList<>();

    private final List<SourceRef> sources = new ArrayList<>();

    /** Starts the next row, which stands at {@code source}. */
    void newRow(SourceRef source) {
        rows.add(new HashMap<>());
        sources.add(source);
    }

    /** Places a cell with its raw text at a column of the current row, covering {@code span} columns. */
    void put(int column, int span, String text) {
        Map<Integer, Cell> row = rows.get(rows.size() - 1);
        for (int c = 0; c < Math.max(1, span); c++) {
            row.put(column + c, new Cell(text, c > 0));
        }
    }

    /** Places the continuation of a vertically merged cell: spanned copies of the cells above. */
    void continueAbove(int column, int span) {
        if (rows.size() < 2) {
            put(column, span, "");
            return;
        }
        Map<Integer, Cell> above = rows.get(rows.size() - 2);
        Map<Integer, Cell> row = rows.get(rows.size() - 1);
        for (int c = column; c < column + Math.max(1, span); c++) {
            Cell up = above.get(c);
            row.put(c, up == null ? Cell.of("") : new Cell(up.text(), true));
        }
    }

    /** Places a cell that continues the one to its left (a legacy horizontal merge). */
    void continueLeft(int column, int span) {
        Map<Integer, Cell> row = rows.get(rows.size() - 1);
        Cell left = row.get(column - 1);
        for (int c = column; c < column + Math.max(1, span); c++) {
            row.put(c, left == null ? Cell.of("") : new Cell(left.text(), true));
        }
    }

    /** Adds the grid to the document as a table, if it has rows. */
    void addTo(DocumentAssembler out) {
        List<List<Cell>> cells = cells();
        List<Row> table = new ArrayList<>();
        for (int r = 0; r < cells.size(); r++) {
            table.add(new Row(cells.get(r), sources.get(r)));
        }
        if (!table.isEmpty()) {
            out.table(table, sources.get(0));
        }
    }

    /** The grid, every row as wide as the widest, gaps filled with blank cells. */
    List<List<Cell>> cells() {
        int width = rows.stream().flatMap(r -> r.keySet().stream()).mapToInt(c -> c + 1).max().orElse(0);
        List<List<Cell>> grid = new ArrayList<>();
        for (Map<Integer, Cell> row : rows) {
            List<Cell> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                cells.add(row.getOrDefault(c, Cell.of("")));
            }
            grid.add(cells);
        }
        return grid;
    }
}
