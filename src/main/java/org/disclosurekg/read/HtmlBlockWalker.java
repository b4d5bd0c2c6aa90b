package org.disclosurekg.read;

import java.util.Set;
import org.disclosurekg.document.SourceRef;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Walks the report element in document order: block elements and line breaks end a paragraph, inline
 * markup is joined as the browser shows it, data tables become grids and layout tables give up their text
 * as paragraphs.
 */
final class HtmlBlockWalker {
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "blockquote", "section", "article", "main", "dd", "dt", "dl", "pre", "center", "address",
            "figure", "figcaption", "caption", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "form",
            "fieldset", "hr", "body");

    private final DocumentAssembler out;
    private final StringBuilder text = new StringBuilder();
    private boolean started;
    private SourceRef start = SourceRef.UNKNOWN;
    private SourceRef lastBlock = SourceRef.UNKNOWN;

    HtmlBlockWalker(DocumentAssembler out) {
        this.out = out;
    }

    /** Emits the blocks of the element and everything in it. */
    void walk(Element root) {
        visit(root);
        flush();
    }

    private void visit(Node node) {
        if (node instanceof TextNode t) {
            addText(t);
        } else if (node instanceof Element e && !HtmlChrome.isHidden(e)) {
            visitElement(e);
        }
    }

    private void visitElement(Element e) {
        String tag = e.normalName();
        if (tag.equals("br")) {
            flush();
            return;
        }
        if (tag.equals("table") && HtmlTables.isData(e)) {
            flush();
            out.table(HtmlTables.grid(e), HtmlPositions.of(e));
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            flush();
            lastBlock = HtmlPositions.of(e);
        }
        for (Node child : e.childNodes()) {
            visit(child);
        }
        if (block) {
            flush();
        }
    }

    private void addText(TextNode t) {
        String whole = t.getWholeText();
        if (!started && !whole.isBlank()) {
            started = true;
            start = lastBlock.line() > 0 ? lastBlock : HtmlPositions.of(t);
            lastBlock = SourceRef.UNKNOWN;
        }
        text.append(whole);
    }

    private void flush() {
        String paragraph = TextPieces.collapse(text.toString(), false);
        text.setLength(0);
        started = false;
        if (!paragraph.isEmpty() && !HtmlChrome.isChromeText(paragraph)) {
            out.paragraph(paragraph, start);
        }
        start = SourceRef.UNKNOWN;
    }
}
