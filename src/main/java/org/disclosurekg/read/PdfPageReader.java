package org.disclosurekg.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDPage;
import org.disclosurekg.document.SourceRef;

/** Reads one PDF page into the flow: its ruled tables and its other lines, top to bottom, page numbers dropped. */
final class PdfPageReader {
    /** On a page whose text is narrower than this share of the page, no line is taken to reach the margin. */
    private static final double NARROW = 0.4;

    private final PDPage page;
    private final int number;
    private final List<PdfGlyph> glyphs;
    private final PdfLineNumbers lines;

    PdfPageReader(PDPage page, int number, List<PdfGlyph> glyphs, PdfLineNumbers lines) {
        this.page = page;
        this.number = number;
        this.glyphs = glyphs;
        this.lines = lines;
    }

    /** Feeds the page's tables and lines to the flow in reading order, using drawn lines when asked. */
    void read(PdfFlow flow, boolean useRulings) throws IOException {
        List<PdfRuling> rulings = useRulings && page.getRotation() % 360 == 0 ? PdfRulingCollector.of(page) : List.of();
        List<PdfTableFinder.Found> tables = new PdfTableFinder(rulings, glyphs, number, lines).find();
        Set<PdfGlyph> inTables = Collections.newSetFromMap(new IdentityHashMap<>());
        tables.forEach(t -> inTables.addAll(t.glyphs()));
        List<PdfGlyph> rest = new ArrayList<>(glyphs.stream().filter(g -> !inTables.contains(g)).toList());
        List<PdfLine> text = textLines(PdfLines.group(rest, number));
        double left = text.stream().mapToDouble(PdfLine::left).min().orElse(0);
        double right = text.stream().mapToDouble(PdfLine::right).max().orElse(0);
        if (right - left < NARROW * page.getCropBox().getWidth()) {
            right = Double.MAX_VALUE;
        }
        List<PdfAlignedTables.Found> aligned = PdfAlignedTables.find(text, number, lines);
        Set<PdfLine> inAligned = Collections.newSetFromMap(new IdentityHashMap<>());
        aligned.forEach(a -> inAligned.addAll(a.lines()));
        List<PdfGrid> grids = new ArrayList<>();
        tables.forEach(f -> grids.add(f.grid()));
        aligned.forEach(a -> grids.add(a.grid()));
        grids.sort(Comparator.comparingDouble(PdfGrid::top));
        int t = 0;
        for (PdfLine line : text) {
            while (t < grids.size() && grids.get(t).top() < line.y()) {
                flow.table(grids.get(t++));
            }
            if (!inAligned.contains(line)) {
                flow.line(new PdfFlow.Placed(line, new SourceRef(lines.at(line.y()), number), left, right));
            }
        }
        while (t < grids.size()) {
            flow.table(grids.get(t++));
        }
    }

    /** The lines without the page numbers. */
    private List<PdfLine> textLines(List<PdfLine> all) {
        double height = page.getCropBox().getHeight();
        List<PdfLine> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            boolean edge = i == 0 || i == all.size() - 1;
            if (!PdfPageNumbers.is(all.get(i), height, edge)) {
                kept.add(all.get(i));
            }
        }
        kept.sort(Comparator.comparingDouble(PdfLine::y));
        return kept;
    }
}
