package org.disclosurekg.read;

/**
 * A horizontal or vertical line drawn on a PDF page, as table borders are, in top-left page coordinates.
 *
 * @param horizontal true for a horizontal line
 * @param pos its y (horizontal) or x (vertical)
 * @param from where it starts along its length
 * @param to where it ends, {@code to >= from}
 */
record PdfRuling(boolean horizontal, double pos, double from, double to) {
    /** How far apart two lines may be and still count as one, or as touching. */
    static final double TOLERANCE = 2.5;

    /** True when this line crosses or touches the other, which runs the other way. */
    boolean meets(PdfRuling other) {
        return other.pos >= from - TOLERANCE && other.pos <= to + TOLERANCE
                && pos >= other.from - TOLERANCE && pos <= other.to + TOLERANCE;
    }

    /** True when the line lies at {@code at} and covers the point {@code along} on its length. */
    boolean covers(double at, double along) {
        return Math.abs(pos - at) <= TOLERANCE && from - TOLERANCE <= along && along <= to + TOLERANCE;
    }
}
