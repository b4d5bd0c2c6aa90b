package org.disclosurekg.read;

import java.util.ArrayList;
import java.util.List;
import org.disclosurekg.document.SourceRef;

/**
 * Puts the lines and tables of the pages, in reading order, into the document: lines that run on (the
 * previous line reaches the right margin, this one starts at the left margin without indent) join into
 * one paragraph, also across a page break, and a table cut by a page break is continued.
 */
final class PdfFlow {
    /** How close to the margins, in font sizes, a running line must come. */
    private static final double RIGHT_SLACK = 1.5;
    private static final double LEFT_SLACK = 0.6;
    /** The most line spacing, in font sizes, within one paragraph. */
    private static final double MAX_LEADING = 2.2;
    private static final double SAME_SIZE = 0.15;

    /** A line with the text margins of its page. */
    record Placed(PdfLine line, SourceRef source, double left, double right) {
    }

    private final DocumentAssembler out;
    private final List<Placed> paragraph = new ArrayList<>();
    private PdfGrid table;
    private boolean tableEndedPage;
    private boolean pageStart = true;

    PdfFlow(DocumentAssembler out) {
        this.out = out;
    }

    /** Marks the start of a new page. */
    void newPage() {
        tableEndedPage = table != null && paragraph.isEmpty();
        pageStart = true;
    }

    /** Adds a ruled table. */
    void table(PdfGrid grid) {
        flushParagraph();
        if (table != null && pageStart && tableEndedPage && table.page() == grid.page() - 1
                && table.continuesWith(grid)) {
            table.append(grid);
        } else {
            flushTable();
            table = grid;
        }
        pageStart = false;
    }

    /** Adds a line of text. */
    void line(Placed line) {
        flushTable();
        if (!paragraph.isEmpty() && runsOn(paragraph.get(paragraph.size() - 1), line)) {
            paragraph.add(line);
        } else {
            flushParagraph();
            paragraph.add(line);
        }
        pageStart = false;
    }

    /** Emits what is still open. */
    void finish() {
        flushParagraph();
        flushTable();
    }

    private static boolean runsOn(Placed prev, Placed next) {
        PdfLine a = prev.line();
        PdfLine b = next.line();
        double size = a.size();
        boolean samePage = a.page() == b.page();
        return !a.isTabular() && !b.isTabular()
                && Math.abs(b.size() - size) <= SAME_SIZE * size
                && (samePage ? b.y() > a.y() && b.y() - a.y() <= MAX_LEADING * size : b.page() == a.page() + 1)
                && a.right() >= prev.right() - RIGHT_SLACK * size
                && b.left() <= next.left() + LEFT_SLACK * size;
    }

    private void flushParagraph() {
        if (paragraph.isEmpty()) {
            return;
        }
        List<String> texts = paragraph.stream().map(p -> p.line().text()).toList();
        out.paragraph(TextPieces.join(texts), paragraph.get(0).source());
        paragraph.clear();
    }

    private void flushTable() {
        if (table != null) {
            out.table(table.toRows(), table.source());
            table = null;
        }
    }
}
