package org.disclosurekg.document;

/**
 * Where something stands in the source file: a 1-based line and, for paged formats, a 1-based page.
 *
 * <p>For text the line is the line of the file; for HTML the line of the source markup where the element
 * starts; for PDF and Word the line of the text as the reader laid it out, counted from the start of the
 * document, with the page it is printed on ({@code page == 0} when the format has no pages).
 */
public record SourceRef(int line, int page) {
    public static final SourceRef UNKNOWN = new SourceRef(0, 0);

    public static SourceRef line(int line) {
        return new SourceRef(line, 0);
    }

    @Override
    public String toString() {
        if (line <= 0 && page <= 0) {
            return "the report as a whole";
        }
        return page > 0 ? "page " + page + ", line " + line : "line " + line;
    }
}
