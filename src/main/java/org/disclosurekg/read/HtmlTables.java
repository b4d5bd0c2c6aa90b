package org.disclosurekg.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.disclosurekg.document.Cell;
import org.disclosurekg.document.Row;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns an HTML {@code <table>} into a full grid of cells, honouring rowspan and colspan, and tells data
 * tables from the layout tables pages are built with.
 */
final class HtmlTables {
    /** A cell holding more text than this is page layout, not a statistics cell. */
    private static final int MAX_DATA_CELL_TEXT = 300;
    private static final Set<String> CELL_BREAKS = Set.of("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5",
            "h6", "ul", "ol", "table", "tr", "td", "th", "blockquote", "section", "dd", "dt", "pre");

    private HtmlTables() {
    }

    /** True for a table holding data: no nested table, at least two cells, none holding a whole text. */
    static boolean isData(Element table) {
        if (table.getElementsByTag("table").size() > 1) {
            return false;
        }
        List<Element> cells = cells(table);
        return cells.size() >= 2 && cells.stream().noneMatch(c -> c.text().length() > MAX_DATA_CELL_TEXT);
    }

    /** The rows of the table as a full grid of raw cell texts. */
    static List<Row> grid(Element table) {
        List<Element> trs = rows(table);
        List<List<SpanGrid.Span>> spans = new ArrayList<>(trs.size());
        for (Element tr : trs) {
            List<SpanGrid.Span> row = new ArrayList<>();
            for (Element td : tr.children()) {
                if (isCell(td)) {
                    row.add(new SpanGrid.Span(cellText(td), number(td, "rowspan"), number(td, "colspan")));
                }
            }
            spans.add(row);
        }
        List<List<Cell>> grid = SpanGrid.expand(spans);
        List<Row> out = new ArrayList<>(grid.size());
        for (int r = 0; r < grid.size(); r++) {
            out.add(new Row(grid.get(r), HtmlPositions.of(trs.get(r))));
        }
        return out;
    }

    /** The text of one cell: its paragraphs and lines joined without separators between Chinese words. */
    static String cellText(Element td) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        collect(td, pieces, current);
        pieces.add(TextPieces.collapse(current.toString(), true));
        return TextPieces.join(pieces);
    }

    private static void collect(Node node, List<String> pieces, StringBuilder current) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                current.append(t.getWholeText());
            } else if (child instanceof Element e && !HtmlChrome.isHidden(e)) {
                boolean breaks = CELL_BREAKS.contains(e.normalName());
                if (breaks) {
                    pieces.add(TextPieces.collapse(current.toString(), true));
                    current.setLength(0);
                }
                collect(e, pieces, current);
                if (breaks) {
                    pieces.add(TextPieces.collapse(current.toString(), true));
                    current.setLength(0);
                }
            }
        }
    }

    /** The rows of this table, not of tables nested in it. */
    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.normalName().equals("tr")) {
                rows.add(child);
            } else if (Set.of("thead", "tbody", "tfoot").contains(child.normalName())) {
                child.children().stream().filter(e -> e.normalName().equals("tr")).forEach(rows::add);
            }
        }
        return rows;
    }

    private static List<Element> cells(Element table) {
        List<Element> cells = new ArrayList<>();
        for (Element tr : rows(table)) {
            tr.children().stream().filter(HtmlTables::isCell).forEach(cells::add);
        }
        return cells;
    }

    private static boolean isCell(Element e) {
        return e.normalName().equals("td") || e.normalName().equals("th");
    }

    private static int number(Element e, String attr) {
        String digits = e.attr(attr).replaceAll("[^0-9]", "");
        if (digits.isEmpty() || digits.length() > 4) {
            return 1;
        }
        return Integer.parseInt(digits);
    }
}
