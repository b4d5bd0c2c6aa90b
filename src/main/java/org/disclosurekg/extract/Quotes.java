package org.disclosurekg.extract;

/** The words of a source a number was read from, as one readable line. */
final class Quotes {
    static final int MAX = 160;
    private static final int MAX_LABEL = 80;

    private Quotes() {
    }

    /** A row label as printed: from where it was found to the end of its cell (or its first digit). */
    static String label(Flow flow, int start, int end) {
        String text = flow.text();
        int stop = end;
        while (stop < text.length() && stop - start < MAX_LABEL && "\t\n".indexOf(text.charAt(stop)) < 0
                && !Character.isDigit(text.charAt(stop))) {
            stop++;
        }
        return text.substring(start, stop).replaceAll("\\s+", "").strip();
    }

    /** The flow between two offsets, cells separated by " | ", whitespace collapsed, cut to a readable length. */
    static String of(Flow flow, int from, int to) {
        String s = flow.text().substring(from, Math.min(to, flow.length()))
                .replace('\n', ' ')
                .replaceAll("\t+", " | ")
                .replaceAll("\\s+", " ")
                .replaceAll("(\\| )+\\|", "|")
                .strip();
        if (s.endsWith("|")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s.length() <= MAX ? s : s.substring(0, MAX - 1) + "…";
    }
}
