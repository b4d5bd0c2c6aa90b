package org.disclosurekg.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurekg.document.Cell;

/**
 * Expands rows of source cells with row and column spans into a full grid, as browsers lay out HTML
 * tables: a spanning cell keeps its text in its first position and is copied, marked spanned, into every
 * other position it covers; rows shorter than the widest are padded with blank cells.
 */
final class SpanGrid {
    /** Spans larger than this are taken as errors in the source and clamped. */
    static final int MAX_SPAN = 1000;

    /** One source cell: its raw text and how many rows and columns it covers. */
    record Span(String text, int rowspan, int colspan) {
        Span {
            rowspan = Math.max(1, Math.min(rowspan, MAX_SPAN));
            colspan = Math.max(1, Math.min(colspan, MAX_SPAN));
        }

        static Span of(String text) {
            return new Span(text, 1, 1);
        }
    }

    private SpanGrid() {
    }

    /** The full grid of the rows, one list of cells per source row, every row as wide as the widest. */
    static List<List<Cell>> expand(List<List<Span>> rows) {
        List<Map<Integer, Cell>> placed = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            placed.add(new HashMap<>());
        }
        int width = 0;
        for (int r = 0; r < rows.size(); r++) {
            int col = 0;
            for (Span span : rows.get(r)) {
                while (placed.get(r).containsKey(col)) {
                    col++;
                }
                place(placed, r, col, span);
                col += span.colspan();
                width = Math.max(width, col);
            }
            width = Math.max(width, placed.get(r).keySet().stream().mapToInt(c -> c + 1).max().orElse(0));
        }
        return pad(placed, width);
    }

    private static void place(List<Map<Integer, Cell>> placed, int row, int col, Span span) {
        for (int dr = 0; dr < span.rowspan() && row + dr < placed.size(); dr++) {
            for (int dc = 0; dc < span.colspan(); dc++) {
                boolean origin = dr == 0 && dc == 0;
                placed.get(row + dr).putIfAbsent(col + dc, new Cell(span.text(), !origin));
            }
        }
    }

    private static List<List<Cell>> pad(List<Map<Integer, Cell>> placed, int width) {
        List<List<Cell>> grid = new ArrayList<>(placed.size());
        for (Map<Integer, Cell> row : placed) {
            List<Cell> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                cells.add(row.getOrDefault(c, Cell.of("")));
            }
            grid.add(cells);
        }
        return grid;
    }
}
