package org.disclosurekg.read;

import java.util.List;

/**
 * Whitespace rules shared by the readers: what counts as a space, which characters are wide (CJK) and how
 * pieces of one text (the lines of a table cell, inline runs) are joined so that Chinese words are not
 * torn apart while numbers of different pieces never run together.
 */
final class TextPieces {
    private TextPieces() {
    }

    /** True for any kind of space, including no-break, ideographic and zero-width spaces. */
    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x200b || cp == 0xfeff;
    }

    /** True for Han characters and full-width punctuation, between which Chinese puts no spaces. */
    static boolean isWide(int cp) {
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
            return true;
        }
        if (Character.isLetterOrDigit(cp)) {
            return false;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || (cp >= 0x2014 && cp <= 0x201f) || cp == 0x2026;
    }

    /** True for a letter or digit that is not wide: ASCII words and numbers, full-width digits included. */
    static boolean isNarrowAlnum(int cp) {
        return Character.isLetterOrDigit(cp) && !isWide(cp);
    }

    /**
     * Collapses each run of spaces to one and trims; a run between two wide characters is dropped when
     * {@code dropBetweenWide} is set, and otherwise only when it holds a line break (as browsers do).
     */
    static String collapse(String text, boolean dropBetweenWide) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isSpace(cp)) {
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            int end = i;
            boolean lineBreak = false;
            while (end < text.length() && isSpace(text.codePointAt(end))) {
                lineBreak |= text.charAt(end) == '\n' || text.charAt(end) == '\r';
                end += Character.charCount(text.codePointAt(end));
            }
            if (out.length() > 0 && end < text.length()
                    && !(bothWide(out, text.codePointAt(end)) && (dropBetweenWide || lineBreak))) {
                out.append(' ');
            }
            i = end;
        }
        return out.toString();
    }

    /** Joins pieces in order, skipping blank ones, with a space only between two narrow letters or digits. */
    static String join(List<String> pieces) {
        StringBuilder out = new StringBuilder();
        for (String piece : pieces) {
            String p = piece.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (out.length() > 0 && isNarrowAlnum(out.codePointBefore(out.length())) && isNarrowAlnum(p.codePointAt(0))) {
                out.append(' ');
            }
            out.append(p);
        }
        return out.toString();
    }

    private static boolean bothWide(StringBuilder before, int next) {
        return isWide(before.codePointBefore(before.length())) && isWide(next);
    }
}
