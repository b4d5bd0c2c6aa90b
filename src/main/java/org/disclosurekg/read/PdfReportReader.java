package org.disclosurekg.read;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.disclosurekg.document.ReportDocument;

/**
 * Reads PDF reports from their text layer: rebuilds lines from glyph positions, turns ruled tables into
 * full grids (continued across page breaks), drops page numbers, and joins running lines into paragraphs.
 * Text outside ruled tables stays in lines, left to right, with a space wherever a visible gap is.
 */
public final class PdfReportReader implements ReportReader {
    private final boolean rulings;

    /** A reader that uses the lines drawn on the pages to find table cells. */
    public PdfReportReader() {
        this(true);
    }

    /** A reader that may ignore drawn lines, to see what the alignment of text alone gives. */
    PdfReportReader(boolean rulings) {
        this.rulings = rulings;
    }

    @Override
    public ReportDocument read(String sourceName, byte[] bytes) throws ReportReadException {
        try (PDDocument doc = load(bytes)) {
            PdfGlyphCollector glyphs = PdfGlyphCollector.of(doc);
            if (glyphs.pages().stream().allMatch(List::isEmpty)) {
                throw new ReportReadException(glyphs.unmapped() > 0
                        ? "the PDF's fonts have no Unicode mapping, so its text cannot be read"
                        : "the PDF has no text layer (a scan?)");
            }
            DocumentAssembler out = new DocumentAssembler();
            readPages(doc, glyphs, out);
            if (glyphs.unmapped() > 0) {
                out.warn(glyphs.unmapped() + " characters use fonts without a Unicode mapping and were left out");
            }
            return out.build(sourceName, ReportFormat.PDF.mediaType(), bytes, "UTF-16BE");
        } catch (IOException | RuntimeException e) {
            throw new ReportReadException("the PDF cannot be read: " + e.getMessage(), e);
        }
    }

    private static PDDocument load(byte[] bytes) throws ReportReadException {
        try {
            return Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw new ReportReadException("the PDF is encrypted and needs a password to open", e);
        } catch (IOException e) {
            throw new ReportReadException("not a readable PDF: " + e.getMessage(), e);
        }
    }

    private void readPages(PDDocument doc, PdfGlyphCollector glyphs, DocumentAssembler out)
            throws IOException {
        PdfFlow flow = new PdfFlow(out);
        int lines = 0;
        for (int p = 0; p < doc.getNumberOfPages(); p++) {
            List<PdfGlyph> page = glyphs.pages().get(p);
            if (page.isEmpty()) {
                out.warn("page " + (p + 1) + " has no text layer (a scanned page?); its content is missing");
                continue;
            }
            PdfLineNumbers numbers = new PdfLineNumbers(PdfLines.group(page, p + 1), lines);
            flow.newPage();
            new PdfPageReader(doc.getPage(p), p + 1, page, numbers).read(flow, rulings);
            lines = numbers.total();
        }
        flow.finish();
    }
}
