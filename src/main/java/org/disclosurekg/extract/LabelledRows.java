package org.disclosurekg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a template's row labels, in template order, within a stretch of a flow. The values of a row are
 * what stands between the end of its label and the start of the next label found (or a stop marker such
 * as a block header of table 二); a row whose label is missing is skipped, not guessed.
 */
final class LabelledRows {
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
            if (m.find()) {
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
}
