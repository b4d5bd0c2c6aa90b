package org.disclosurekg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence of a text run and its clauses, as positions in the run: sentences end at 。 ! ?, clauses at
 * , ; : (but not at the comma of a thousands separator such as 13,000).
 *
 * @param start the first character of the sentence in the run
 * @param end one past its last character
 * @param clauses the clause spans, {start, end} pairs in run positions, in order
 */
record Sentence(int start, int end, List<int[]> clauses) {
    private static final String SENTENCE_END = "。!?";
    private static final String CLAUSE_END = ",;:";

    /** The sentences of a text. */
    static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || SENTENCE_END.indexOf(text.charAt(i)) >= 0) {
                if (i > start) {
                    sentences.add(new Sentence(start, i, clauses(text, start, i)));
                }
                start = i + 1;
            }
        }
        return sentences;
    }

    /** The text of the sentence. */
    String text(String run) {
        return run.substring(start, end);
    }

    private static List<int[]> clauses(String text, int from, int to) {
        List<int[]> clauses = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || (CLAUSE_END.indexOf(text.charAt(i)) >= 0 && !isThousandsComma(text, i))) {
                if (i > start) {
                    clauses.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return clauses;
    }

    private static boolean isThousandsComma(String text, int i) {
        return text.charAt(i) == ',' && i > 0 && Character.isDigit(text.charAt(i - 1)) && digits(text, i + 1, 3)
                && (i + 4 >= text.length() || !Character.isDigit(text.charAt(i + 4)));
    }

    private static boolean digits(String text, int from, int count) {
        if (from + count > text.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
