package org.disclosurekg.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes small PDFs for tests with PDFBox: text at positions and lines, in top-left coordinates. */
final class TestPdfs {
    private final PDDocument doc = new PDDocument();
    private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private PDPageContentStream stream;
    private static final float HEIGHT = PDRectangle.A4.getHeight();

    /** Starts a new A4 page. */
    TestPdfs page() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        stream = new PDPageContentStream(doc, page);
        return this;
    }

    /** Writes text with its baseline at (x, y), y measured from the top. */
    TestPdfs text(float x, float y, float size, String text) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, HEIGHT - y);
        stream.showText(text);
        stream.endText();
        return this;
    }

    /** Writes text spread by character spacing from {@code left} to {@code right}, as justified lines are. */
    TestPdfs justified(float left, float right, float y, float size, String text) throws IOException {
        float natural = font.getStringWidth(text) / 1000 * size;
        stream.beginText();
        stream.setFont(font, size);
        stream.setCharacterSpacing((right - left - natural) / text.length());
        stream.newLineAtOffset(left, HEIGHT - y);
        stream.showText(text);
        stream.setCharacterSpacing(0);
        stream.endText();
        return this;
    }

    /** Draws a line from (x1, y1) to (x2, y2), y measured from the top. */
    TestPdfs line(float x1, float y1, float x2, float y2) throws IOException {
        stream.setLineWidth(0.5f);
        stream.moveTo(x1, HEIGHT - y1);
        stream.lineTo(x2, HEIGHT - y2);
        stream.stroke();
        return this;
    }

    /** Draws a grid of full rules at the given column and row boundaries. */
    TestPdfs grid(float[] xs, float[] ys) throws IOException {
        for (float y : ys) {
            line(xs[0], y, xs[xs.length - 1], y);
        }
        for (float x : xs) {
            line(x, ys[0], x, ys[ys.length - 1]);
        }
        return this;
    }

    /** The finished file. */
    byte[] bytes() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        doc.close();
        return out.toByteArray();
    }

}
