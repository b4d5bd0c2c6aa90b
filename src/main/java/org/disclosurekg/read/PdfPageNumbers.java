package org.disclosurekg.read;

import java.util.regex.Pattern;

/** Recognises the page numbers printed at the top or bottom of PDF pages ({@code -4-}, {@code 第 4 页}, {@code 4/6}). */
final class PdfPageNumbers {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－_~·•]*(\\d{1,4}|[ivxlcdmIVXLCDM]{1,6})[-—–－_~·•]*|第\\d{1,4}页(共\\d{1,4}页)?|\\d{1,4}/\\d{1,4}"
                    + "|(?i:page)\\d{1,4}((?i:of)\\d{1,4})?|共\\d{1,4}页第\\d{1,4}页");
    /** The share of the page height, at the top and at the bottom, where page numbers stand. */
    private static final double MARGIN = 0.12;

    private PdfPageNumbers() {
    }

    /** True when the line is a page number: its text is one, and it stands in the page's top or bottom margin. */
    static boolean is(PdfLine line, double pageHeight, boolean firstOrLast) {
        String text = line.text().replaceAll("\\s+", "");
        if (!PAGE_NUMBER.matcher(text).matches()) {
            return false;
        }
        return firstOrLast || line.y() < MARGIN * pageHeight || line.y() > (1 - MARGIN) * pageHeight;
    }
}
