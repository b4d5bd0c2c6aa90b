package org.disclosurekg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosurekg.document.Block;
import org.disclosurekg.document.Paragraph;
import org.disclosurekg.document.ReportDocument;

/**
 * Consecutive paragraphs read as one text where a line ends in the middle of a sentence (PDF text and
 * hard-wrapped pages break sentences over lines), with the way back from a position to its paragraph.
 */
record TextRun(String text, List<Paragraph> paragraphs, int[] starts) {
    private static final Pattern PAGE_NUMBER = Pattern.compile("[-—–]\\s*\\d{1,3}\\s*[-—–]|第\\s*\\d+\\s*页.*");
    private static final Pattern HEADING = Pattern.compile(
            "([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\\d+[.、]).{0,30}");
    private static final String SENTENCE_END = "。!?;:";

    /** The runs of a document: a table, a heading or a line that ends a sentence closes a run. */
    static List<TextRun> of(ReportDocument document) {
        List<TextRun> runs = new ArrayList<>();
        List<Paragraph> open = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (!(block instanceof Paragraph p)) {
                close(open, runs);
                continue;
            }
            if (PAGE_NUMBER.matcher(p.text()).matches()) {
                continue;
            }
            if (isHeading(p.text())) {
                close(open, runs);
            }
            open.add(p);
            if (endsSentence(p.text()) || isHeading(p.text())) {
                close(open, runs);
            }
        }
        close(open, runs);
        return runs;
    }

    /** The paragraph that holds the character at this position of the run. */
    Paragraph paragraphAt(int offset) {
        return paragraphs.get(indexAt(offset));
    }

    /** The part of [from, to) that lies in the paragraph holding {@code anchor}, as printed there. */
    String within(int from, int to, int anchor) {
        int i = indexAt(anchor);
        int start = Math.max(from, starts[i]);
        int end = Math.min(to, starts[i] + paragraphs.get(i).text().length());
        return text.substring(start, end).strip();
    }

    private int indexAt(int offset) {
        for (int i = starts.length - 1; i >= 0; i--) {
            if (starts[i] <= offset) {
                return i;
            }
        }
        return 0;
    }

    private static boolean isHeading(String text) {
        return HEADING.matcher(text).matches() && text.indexOf(',') < 0 && !endsSentence(text);
    }

    private static boolean endsSentence(String text) {
        return !text.isEmpty() && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static void close(List<Paragraph> open, List<TextRun> runs) {
        if (open.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        int[] starts = new int[open.size()];
        for (int i = 0; i < open.size(); i++) {
            starts[i] = text.length();
            text.append(open.get(i).text());
        }
        runs.add(new TextRun(text.toString(), List.copyOf(open), starts));
        open.clear();
    }
}
