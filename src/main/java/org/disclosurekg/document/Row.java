package org.disclosurekg.document;

import java.util.List;

/** One row of a table, with the place of its first cell in the source. */
public record Row(List<Cell> cells, SourceRef source) {
    public Row {
        cells = List.copyOf(cells);
    }

    /** The texts of the cells, in order. */
    public List<String> texts() {
        return cells.stream().map(Cell::text).toList();
    }
}
