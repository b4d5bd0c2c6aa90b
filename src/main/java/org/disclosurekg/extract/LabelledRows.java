package org.disclosurekg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a template's row labels, in template order, within a stretch of a flow. The values of a row are
 * what stands between the end of its label and the start of the next label found (or a stop marker such
 * as a block header of table 二); a row whose label is missing is skipped, not guessed, and words inside
 * parentheses (explanations in headers and labels) are never taken for a label.
 */
final class LabelledRows {
    /** How far an explanation's brackets may stand from a label inside it. */
    private static final int EXPLANATION_REACH = 80;

    private LabelledRows() {
    }

    /** The rows found, in order, each with the extent of its values. */
    static List<RowHit> locate(Flow flow, int from, int to, List<RowSpec> specs, Pattern stop) {
        String text = flow.text();
        List<int[]> found = new ArrayList<>();
        List<RowSpec> hits = new ArrayList<>();
        int at = from;
        for (RowSpec spec : specs) {
            Matcher m = spec.label().matcher(text).region(at, to);
            boolean hit = m.find();
            while (hit && insideParentheses(text, m.start(), m.end())) {
                hit = m.find();
            }
            if (hit) {
                found.add(new int[] {m.start(), m.end()});
                hits.add(spec);
                at = m.end();
            }
        }
        List<RowHit> rows = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            int end = i + 1 < found.size() ? found.get(i + 1)[0] : to;
            if (stop != null) {
                Matcher s = stop.matcher(text).region(found.get(i)[1], end);
                if (s.find()) {
                    end = s.start();
                }
            }
            rows.add(new RowHit(hits.get(i), found.get(i)[0], found.get(i)[1], end));
        }
        return rows;
    }

    /**
     * True inside an explanation such as a header's "(指…政府集中采购…)", where a label is not a row: an
     * opening bracket shortly before, not closed before the label, and its closing bracket shortly after.
     * A bracket a report forgot to close far earlier does not count.
     */
    private static boolean insideParentheses(String text, int start, int end) {
        int open = -1;
        for (int i = start - 1; i >= Math.max(0, start - EXPLANATION_REACH); i--) {
            char c = text.charAt(i);
            if (c == ')' || c == '\n') {
                return false;
            }
            if (c == '(') {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int i = end; i < Math.min(text.length(), end + EXPLANATION_REACH); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '\n') {
                return false;
            }
            if (c == ')') {
                return true;
            }
        }
        return false;
    }
}
