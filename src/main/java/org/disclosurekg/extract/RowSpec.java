package org.disclosurekg.extract;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A template row: its CSV key and how its label is recognised — a few short distinctive keywords (labels
 * are often broken over lines or cells, keywords rarely are), after the row's list number when it has one
 * and the words between the number and the keywords (so that in a run such as {@code 00000002.其他法律…} the
 * row's digits stay apart from the next label's number),
 * and followed by any parenthesised explanation without digits.
 */
record RowSpec(String key, Pattern label) {

    /** A row whose label has no Arabic list number. */
    static RowSpec of(String key, String... keywords) {
        return new RowSpec(key, Pattern.compile(alternatives(keywords) + EXPLANATION));
    }

    /** A row numbered {@code n.} or {@code n、} in the template. */
    static RowSpec numbered(String key, int n, String... keywords) {
        return new RowSpec(key, Pattern.compile("(?:" + n + " *[.、．] *[^\\d\\n\\t.、]{0,12}?)?" + alternatives(keywords)
                + EXPLANATION));
    }

    private static final String EXPLANATION = "(?: *\\([^()\\d\\n]{0,120}\\))?";

    /** Keywords as alternatives; PDF text spaces letters and breaks labels over lines, so both may come between. */
    private static String alternatives(String... keywords) {
        return Arrays.stream(keywords)
                .map(k -> k.codePoints().mapToObj(Character::toString).map(Pattern::quote)
                        .collect(Collectors.joining("[ \\n]*")))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
