package org.disclosurekg.extract;

/** The words of a source a number was read from, as one readable line. */
final class Quotes {
    static final int MAX = 160;

    private Quotes() {
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
