package org.disclosurekg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurekg.document.Block;
import org.disclosurekg.document.Paragraph;
import org.disclosurekg.document.ReportDocument;
import org.disclosurekg.document.Row;
import org.disclosurekg.document.SourceRef;
import org.disclosurekg.document.Table;

/**
 * A report as one string, whatever its layout: each paragraph and each table row is a line, the cells of
 * a row are separated by tabs (the copies a reader made for row and column spans are left out, so a
 * spanning cell counts once). Template labels are searched in this string, so a table reads the same
 * whether it came as pipe rows, tab rows, an HTML grid, PDF lines or one crawled paragraph; every offset
 * maps back to the line it came from.
 */
final class Flow {
    /** Page numbers such as -4- or 第 3 页 that a table may be broken by. */
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("-\\s*\\d{1,3}\\s*-|第\\s*\\d{1,3}\\s*页(?:\\s*共\\s*\\d{1,3}\\s*页)?|\\d{1,3}\\s*/\\s*\\d{1,3}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final String text;
    private final List<Line> lines;

    private record Line(int start, int end, SourceRef source, boolean grid) {
    }

    private Flow(String text, List<Line> lines) {
        this.text = text;
        this.lines = lines;
    }

    /** The flow of a whole document. */
    static Flow of(ReportDocument document) {
        StringBuilder text = new StringBuilder();
        List<Line> lines = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof Paragraph p) {
                add(text, lines, p.text(), p.source(), false);
            } else if (block instanceof Table t) {
                for (Row row : t.rows()) {
                    add(text, lines, String.join("\t", row.cells().stream().filter(c -> !c.spanned())
                            .map(c -> c.text().replace('\t', ' ')).toList()), row.source(), t.grid());
                }
            }
        }
        return new Flow(text.toString(), List.copyOf(lines));
    }

    private static void add(StringBuilder text, List<Line> lines, String line, SourceRef source, boolean grid) {
        if (PAGE_NUMBER.matcher(line.strip()).matches()) {
            return;
        }
        int start = text.length();
        text.append(line.replace('\n', ' '));
        lines.add(new Line(start, text.length(), source, grid));
        text.append('\n');
    }

    /** The same lines over a text of the same length in which some characters were masked. */
    Flow withText(String masked) {
        if (masked.length() != text.length()) {
            throw new IllegalArgumentException("a masked flow must keep every offset");
        }
        return new Flow(masked, lines);
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    /** The line an offset falls on. */
    SourceRef sourceAt(int offset) {
        return line(offset).source();
    }

    private Line line(int offset) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lines.isEmpty() ? new Line(0, 0, SourceRef.UNKNOWN, false) : lines.get(lo);
    }

    /**
     * The tokens between two offsets: digit runs (whitespace splits them), other text, and — in rows of a
     * real grid — blank cells. Cell separators and line ends are not tokens.
     */
    List<Token> tokens(int from, int to, Pattern number) {
        List<Token> tokens = new ArrayList<>();
        for (Line line : lines) {
            if (line.end() < from || line.start() >= to) {
                continue;
            }
            int a = Math.max(from, line.start());
            int b = Math.min(to, line.end());
            cells(line, a, b, number, tokens);
        }
        return tokens;
    }

    private void cells(Line line, int a, int b, Pattern number, List<Token> out) {
        int cellStart = a;
        for (int i = a; i <= b; i++) {
            if (i == b || text.charAt(i) == '\t') {
                boolean whole = (cellStart == line.start() || text.charAt(cellStart - 1) == '\t')
                        && (i == line.end() || text.charAt(i) == '\t');
                String cell = text.substring(cellStart, i);
                if (cell.isBlank()) {
                    if (line.grid() && whole) {
                        out.add(new Token(Token.Kind.BLANK, "", cellStart, i));
                    }
                } else {
                    split(cellStart, i, number, out);
                }
                cellStart = i + 1;
            }
        }
    }

    private void split(int a, int b, Pattern number, List<Token> out) {
        Matcher m = number.matcher(text).region(a, b);
        int last = a;
        while (m.find()) {
            if (m.start() > last && !text.substring(last, m.start()).isBlank()) {
                out.add(new Token(Token.Kind.TEXT, text.substring(last, m.start()).strip(), last, m.start()));
            }
            out.add(new Token(Token.Kind.NUMBER, m.group(), m.start(), m.end()));
            last = m.end();
        }
        if (b > last && !text.substring(last, b).isBlank()) {
            out.add(new Token(Token.Kind.TEXT, text.substring(last, b).strip(), last, b));
        }
    }

    /** Plain digit runs, for tables of counts. */
    static Pattern digits() {
        return DIGITS;
    }
}
