package org.disclosurekg.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurekg.document.Cell;

/**
 * Builds a full grid from cells placed at known grid columns, as Word tables give them: a cell spanning
 * columns is copied, marked spanned, to its right; a cell that continues a vertical merge copies the
 * cell above it.
 */
final class PlacedGrid {
    private final List<Map<Integer, Cell>> rows = new ArrayList<>();

    /** Starts the next row. */
    void newRow() {
        rows.add(new HashMap<>());
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
