package org.disclosurekg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfLinesTest {
    /** Glyphs of the text from x, each {@code advance} wide plus {@code gap} after it, on baseline y. */
    private static List<PdfGlyph> run(String text, double x, double y, double advance, double gap) {
        List<PdfGlyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(new PdfGlyph(text.substring(i, i + 1), x + i * (advance + gap), y, advance, 7));
        }
        return glyphs;
    }

    @Test
    void letterSpacedChineseStaysTogetherInCellsAndInText() {
        List<PdfGlyph> glyphs = run("法律服务", 407, 430, 7.5, 2.1);
        assertEquals("法律服务", PdfLines.render(glyphs, true));
        assertEquals("法律服务", PdfLines.render(glyphs, false));
    }

    @Test
    void numbersSeparatedByAGapNeverRunTogether() {
        List<PdfGlyph> glyphs = new ArrayList<>(run("3001", 260, 471, 3.7, 0));
        glyphs.addAll(run("53", 299.6, 471, 3.7, 0));
        glyphs.addAll(run("0", 337.4, 471, 3.7, 0));
        assertEquals("3001 53 0", PdfLines.render(glyphs, true));
        List<PdfGlyph> close = new ArrayList<>(run("12", 100, 100, 3.7, 0));
        close.addAll(run("34", 100 + 2 * 3.7 + 1.5, 100, 3.7, 0));
        assertEquals("12 34", PdfLines.render(close, false));
    }

    @Test
    void columnGapsBetweenChineseWordsAreKeptInRunningText() {
        List<PdfGlyph> glyphs = new ArrayList<>(run("信息内容", 78, 101, 9.9, 0));
        glyphs.addAll(run("本年制发件数", 249, 101, 9.9, 0));
        assertEquals("信息内容 本年制发件数", PdfLines.render(glyphs, false));
        assertEquals("信息内容本年制发件数", PdfLines.render(glyphs, true));
    }

    @Test
    void aCellWrittenOneCharacterPerLineReadsTopToBottom() {
        List<PdfGlyph> glyphs = new ArrayList<>();
        String label = "三、本年度办理结果";
        glyphs.addAll(run(label.substring(0, 2), 76.8, 591.3, 7.4, 0));
        for (int i = 2; i < label.length(); i++) {
            glyphs.add(new PdfGlyph(label.substring(i, i + 1), 76.8, 606.3 + 15 * (i - 2), 7.4, 7));
        }
        assertEquals(label, PdfLines.cellText(glyphs));
    }

    @Test
    void glyphsWithNearlyTheSameBaselineMakeOneLine() {
        List<PdfGlyph> glyphs = new ArrayList<>(run("一、本年新收", 76.8, 469.0, 7.4, 0));
        glyphs.addAll(run("3001", 260.3, 471.3, 3.7, 0));
        glyphs.addAll(run("下一行", 76.8, 493.0, 7.4, 0));
        List<PdfLine> lines = PdfLines.group(glyphs, 4);
        assertEquals(2, lines.size());
        assertEquals("一、本年新收 3001", lines.get(0).text());
        assertEquals(4, lines.get(0).page());
    }
}
