package org.disclosurekg.read;

import java.util.ArrayList;
import java.util.List;

/** Cleans the raw text of Word 97 paragraphs: field codes, cell and paragraph marks, soft line breaks. */
final class WordTexts {
    private static final char FIELD_START = '\u0013';
    private static final char FIELD_SEPARATOR = '\u0014';
    private static final char FIELD_END = '\u0015';

    private WordTexts() {
    }

    /** The lines of a paragraph's raw text: field instructions dropped, their results kept. */
    static List<String> lines(String raw) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int depth = 0;
        boolean instruction = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == FIELD_START) {
                depth++;
                instruction = true;
            } else if (c == FIELD_SEPARATOR) {
                instruction = false;
            } else if (c == FIELD_END) {
                depth = Math.max(0, depth - 1);
                instruction = false;
            } else if (instruction && depth > 0) {
                continue;
            } else if (c == '\r' || c == '\n' || c == '\u000b' || c == '\u000c') {
                lines.add(line.toString());
                line.setLength(0);
            } else if (c == '\t') {
                line.append(' ');
            } else if (c >= ' ') {
                line.append(c);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
