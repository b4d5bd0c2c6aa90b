package org.disclosurekg.read;

import java.util.List;

/** Numbers the laid-out lines of a page, continuing the count of the pages before it. */
final class PdfLineNumbers {
    private final double[] baselines;
    private final int before;

    /** Numbers the given lines of a page (all of its text), after {@code before} lines of earlier pages. */
    PdfLineNumbers(List<PdfLine> allLines, int before) {
        this.baselines = allLines.stream().mapToDouble(PdfLine::y).sorted().toArray();
        this.before = before;
    }

    /** The 1-based document line on which text with this baseline stands. */
    int at(double baseline) {
        int n = 0;
        while (n < baselines.length && baselines[n] <= baseline + 0.01) {
            n++;
        }
        return before + Math.max(n, 1);
    }

    /** How many lines this page and the ones before it have. */
    int total() {
        return before + baselines.length;
    }
}
