package org.disclosurekg.read;

/**
 * One printed character of a PDF page, in page coordinates with the origin at the top left.
 *
 * @param text the character (sometimes a ligature of a few)
 * @param x left edge
 * @param y baseline
 * @param width advance width
 * @param size font size in points
 */
record PdfGlyph(String text, double x, double y, double width, double size) {
    /** Right edge. */
    double right() {
        return x + width;
    }

    /** Horizontal middle. */
    double centerX() {
        return x + width / 2;
    }

    /** Vertical middle of the glyph's body, which stands mostly above the baseline. */
    double centerY() {
        return y - 0.3 * size;
    }
}
