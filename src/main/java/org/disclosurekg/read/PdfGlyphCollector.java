package org.disclosurekg.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the printed characters of each page with their positions, through PDFBox's text stripper
 * (which already drops the doubled glyphs of fake bold), keeping the text that runs in the page's main
 * direction and dropping the rest (stamps, watermarks, sideways notes).
 */
final class PdfGlyphCollector extends PDFTextStripper {
    private final List<List<PdfGlyph>> pages = new ArrayList<>();
    private final List<List<Float>> directions = new ArrayList<>();
    private int unmapped;

    private PdfGlyphCollector() {
        setSortByPosition(true);
    }

    /** The glyphs of every page, one list per page. */
    static PdfGlyphCollector of(PDDocument doc) throws IOException {
        PdfGlyphCollector collector = new PdfGlyphCollector();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            collector.pages.add(new ArrayList<>());
            collector.directions.add(new ArrayList<>());
        }
        collector.getText(doc);
        collector.keepMainDirection();
        return collector;
    }

    /** The glyphs of each page. */
    List<List<PdfGlyph>> pages() {
        return pages;
    }

    /** How many glyphs had no Unicode mapping (fonts without a ToUnicode table). */
    int unmapped() {
        return unmapped;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        List<PdfGlyph> page = pages.get(getCurrentPageNo() - 1);
        for (TextPosition tp : positions) {
            String unicode = tp.getUnicode();
            if (unicode == null || unicode.isBlank()) {
                continue;
            }
            if (unicode.indexOf('\ufffd') >= 0 || unicode.codePoints().anyMatch(PdfGlyphCollector::isPrivateUse)) {
                unmapped++;
                continue;
            }
            double size = tp.getFontSizeInPt() >= 1 ? tp.getFontSizeInPt() : Math.max(tp.getHeightDir(), 1);
            page.add(new PdfGlyph(unicode, tp.getXDirAdj(), tp.getYDirAdj(), tp.getWidthDirAdj(), size));
            directions.get(getCurrentPageNo() - 1).add(tp.getDir());
        }
    }

    private void keepMainDirection() {
        for (int p = 0; p < pages.size(); p++) {
            List<Float> dirs = directions.get(p);
            Map<Float, Integer> counts = new HashMap<>();
            dirs.forEach(d -> counts.merge(d, 1, Integer::sum));
            Float main = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(0f);
            List<PdfGlyph> kept = new ArrayList<>();
            for (int i = 0; i < dirs.size(); i++) {
                if (dirs.get(i).equals(main)) {
                    kept.add(pages.get(p).get(i));
                }
            }
            pages.set(p, kept);
        }
    }

    private static boolean isPrivateUse(int cp) {
        return Character.getType(cp) == Character.PRIVATE_USE;
    }
}
