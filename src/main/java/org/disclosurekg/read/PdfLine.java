package org.disclosurekg.read;

import java.util.List;

/**
 * One laid-out line of a PDF page: glyphs sharing a baseline, left to right.
 *
 * @param glyphs the glyphs, sorted by x
 * @param page the 1-based page
 */
record PdfLine(List<PdfGlyph> glyphs, int page) {
    /** A gap of this many font sizes between two glyphs is a column gap, not a word space. */
    static final double COLUMN_GAP = 1.5;

    PdfLine {
        glyphs = List.copyOf(glyphs);
    }

    double y() {
        return glyphs.get(0).y();
    }

    double left() {
        return glyphs.get(0).x();
    }

    double right() {
        return glyphs.get(glyphs.size() - 1).right();
    }

    /** The largest font size on the line. */
    double size() {
        return glyphs.stream().mapToDouble(PdfGlyph::size).max().orElse(0);
    }

    /** The line's text as running text: wide gaps between Chinese characters keep a space. */
    String text() {
        return PdfLines.render(glyphs, false);
    }

    /** True when the line has a column gap, as rows of an unruled table do. */
    boolean isTabular() {
        for (int i = 1; i < glyphs.size(); i++) {
            PdfGlyph a = glyphs.get(i - 1);
            if (glyphs.get(i).x() - a.right() > COLUMN_GAP * a.size()) {
                return true;
            }
        }
        return false;
    }
}
