package org.disclosurekg.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosurekg.document.ReportDocument;
import org.disclosurekg.document.SourceRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads Word 2007+ reports (.docx) with Apache POI: paragraphs and tables in body order, merged cells
 * ({@code gridSpan}, {@code vMerge}, legacy {@code hMerge}) expanded into a full grid. Lines are counted
 * one per paragraph and one per table row; Word files carry no reliable pages, so the page is 0.
 */
public final class DocxReportReader implements ReportReader {
    @Override
    public ReportDocument read(String sourceName, byte[] bytes) throws ReportReadException {
        DocumentAssembler out = new DocumentAssembler();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            Body body = new Body(out);
            for (IBodyElement element : doc.getBodyElements()) {
                body.element(element);
            }
        } catch (IOException | RuntimeException e) {
            throw new ReportReadException("not a readable Word (.docx) file: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new ReportReadException("the Word file holds no text");
        }
        return out.build(sourceName, ReportFormat.DOCX.mediaType(), bytes, "UTF-8");
    }

    /** Walks the body in order, counting lines as it goes. */
    private static final class Body {
        private final DocumentAssembler out;
        private int line;

        Body(DocumentAssembler out) {
            this.out = out;
        }

        void element(IBodyElement element) {
            if (element instanceof XWPFParagraph p) {
                paragraph(p.getText());
            } else if (element instanceof XWPFTable t) {
                table(t);
            } else if (element instanceof XWPFSDT sdt) {
                paragraph(sdt.getContent().getText());
            }
        }

        /** A paragraph; soft line breaks inside it end a line as they do on the page. */
        private void paragraph(String text) {
            for (String part : text.split("\n", -1)) {
                line++;
                out.paragraph(TextPieces.collapse(part, false), SourceRef.line(line));
            }
        }

        private void table(XWPFTable table) {
            PlacedGrid grid = new PlacedGrid();
            for (XWPFTableRow row : table.getRows()) {
                grid.newRow(SourceRef.line(++line));
                int column = gridBefore(row);
                for (XWPFTableCell cell : row.getTableCells()) {
                    column += place(grid, column, cell);
                }
            }
            grid.addTo(out);
        }
    }

    /** Places one cell and returns how many grid columns it covers. */
    private static int place(PlacedGrid grid, int column, XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        int span = pr != null && pr.isSetGridSpan() ? number(pr.getGridSpan()) : 1;
        if (pr != null && pr.isSetVMerge() && pr.getVMerge().getVal() != STMerge.RESTART) {
            grid.continueAbove(column, span);
        } else if (pr != null && pr.isSetHMerge() && pr.getHMerge().getVal() != STMerge.RESTART) {
            grid.continueLeft(column, span);
        } else {
            grid.put(column, span, cellText(cell));
        }
        return span;
    }

    /** The text of a cell: its paragraphs (and nested tables) joined without separators between Chinese words. */
    private static String cellText(XWPFTableCell cell) {
        List<String> pieces = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                for (String part : p.getText().split("\n")) {
                    pieces.add(TextPieces.collapse(part, true));
                }
            } else if (element instanceof XWPFTable t) {
                pieces.add(TextPieces.collapse(t.getText(), true));
            }
        }
        return TextPieces.join(pieces);
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0 || pr.getGridBeforeArray(0).getVal() == null) {
            return 0;
        }
        return Math.max(0, Math.min(pr.getGridBeforeArray(0).getVal().intValue(), SpanGrid.MAX_SPAN));
    }

    private static int number(CTDecimalNumber n) {
        BigInteger v = n == null ? null : n.getVal();
        return v == null ? 1 : Math.max(1, Math.min(v.intValue(), SpanGrid.MAX_SPAN));
    }
}
