package org.disclosurekg.document;

import java.util.List;

/**
 * A table as rows of cells.
 *
 * @param grid true when cell boundaries come from the source's own markup (an HTML or Word table, or
 *     text columns a PDF reader aligned), so that blank cells are real and columns line up; false for
 *     rows recognised in plain text (pipe or tab separated), where blank cells may be padding
 */
public record Table(List<Row> rows, boolean grid, SourceRef source) implements Block {
    public Table {
        rows = List.copyOf(rows);
    }
}
