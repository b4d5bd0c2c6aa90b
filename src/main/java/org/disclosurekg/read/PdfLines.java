package org.disclosurekg.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups PDF glyphs into lines by baseline and renders them as text, putting a space wherever a visible
 * gap separates two runs, so that numbers of different columns never run together, but none between
 * the letter-spaced characters of Chinese text.
 */
final class PdfLines {
    /** Glyphs whose baselines differ by less than this many font sizes are on one line. */
    private static final double SAME_LINE = 0.5;
    /** A gap between two digits wider than this many font sizes separates two numbers. */
    private static final double DIGIT_GAP = 0.15;
    /** A gap wider than this many font sizes next to a letter, digit or sign is a word space. */
    private static final double WORD_GAP = 0.25;
    /** In running text a gap wider than this many font sizes between Chinese characters is kept. */
    private static final double WIDE_GAP = 1.0;

    private PdfLines() {
    }

    /** The lines the glyphs make, top to bottom. */
    static List<PdfLine> group(List<PdfGlyph> glyphs, int page) {
        List<PdfGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGlyph::y).thenComparingDouble(PdfGlyph::x));
        List<PdfLine> lines = new ArrayList<>();
        List<PdfGlyph> current = new ArrayList<>();
        double base = 0;
        for (PdfGlyph g : sorted) {
            if (!current.isEmpty() && g.y() - base > SAME_LINE * Math.max(g.size(), current.get(0).size())) {
                lines.add(line(current, page));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                base = g.y();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(line(current, page));
        }
        return lines;
    }

    /** The text of glyphs on one line; in a cell no space is kept between Chinese characters. */
    static String render(List<PdfGlyph> glyphs, boolean cell) {
        StringBuilder out = new StringBuilder();
        PdfGlyph previous = null;
        for (PdfGlyph g : glyphs) {
            if (previous != null && spaced(previous, g, cell)) {
                out.append(' ');
            }
            out.append(g.text());
            previous = g;
        }
        return out.toString();
    }

    /** The text of a table cell: its lines joined without separators between Chinese words. */
    static String cellText(List<PdfGlyph> glyphs) {
        List<String> pieces = new ArrayList<>();
        for (PdfLine line : group(glyphs, 0)) {
            pieces.add(render(line.glyphs(), true));
        }
        return TextPieces.join(pieces);
    }

    private static boolean spaced(PdfGlyph a, PdfGlyph b, boolean cell) {
        double gap = b.x() - a.right();
        double size = Math.max(a.size(), b.size());
        int left = a.text().codePointBefore(a.text().length());
        int right = b.text().codePointAt(0);
        if (TextPieces.isWide(left) && TextPieces.isWide(right)) {
            return !cell && gap > WIDE_GAP * size;
        }
        if (Character.isDigit(left) && Character.isDigit(right)) {
            return gap > DIGIT_GAP * size;
        }
        return gap > WORD_GAP * size;
    }

    private static PdfLine line(List<PdfGlyph> glyphs, int page) {
        List<PdfGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGlyph::x));
        return new PdfLine(sorted, page);
    }
}
