package org.disclosurekg.document;

/**
 * One cell of a table row, its text normalised and trimmed; empty when the cell is blank.
 *
 * @param spanned true when the cell is a copy that stands for a rowspan or colspan of the cell above or
 *     to the left, so that every row of a grid has one cell per column
 */
public record Cell(String text, boolean spanned) {
    public static Cell of(String text) {
        return new Cell(text, false);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
