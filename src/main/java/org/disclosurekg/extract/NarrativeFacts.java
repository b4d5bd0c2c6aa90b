package org.disclosurekg.extract;

import java.math.BigDecimal;

/** Builds the facts of numbers read from running text, quoting the clause each stands in. */
final class NarrativeFacts {
    /** Clauses longer than this are quoted only around the number. */
    private static final int LONGEST_QUOTE = 100;
    private static final int QUOTE_BEFORE = 50;
    private static final int QUOTE_AFTER = 30;

    private NarrativeFacts() {
    }

    /** A fact for a number of a clause; amounts are converted to 万元 when the key is an amount key. */
    static Fact of(FactKey key, NumberMention m, TextRun run, int[] clause, String account) {
        BigDecimal value = m.value();
        String unit = m.unit();
        if (key.row().endsWith("WanYuan")) {
            value = ChineseNumbers.toWanYuan(value, unit).orElse(value);
            unit = "万元";
        }
        String label = run.text().substring(clause[0], m.start()).strip();
        return new Fact(key, value, m.approximate(), m.qualifier(), unit, label, account,
                run.paragraphAt(m.numberStart()).source(), quote(run, clause, m));
    }

    /** A zero stated in words (无…案件), quoted with the whole clause. */
    static Fact zero(FactKey key, String unit, TextRun run, int[] clause) {
        String quote = run.within(clause[0], clause[1], clause[0]);
        return new Fact(key, BigDecimal.ZERO, false, "", unit, "", "", run.paragraphAt(clause[0]).source(), quote);
    }

    private static String quote(TextRun run, int[] clause, NumberMention m) {
        int from = clause[0];
        int to = clause[1];
        if (to - from > LONGEST_QUOTE) {
            from = Math.max(from, m.start() - QUOTE_BEFORE);
            to = Math.min(to, m.end() + QUOTE_AFTER);
        }
        return run.within(from, unclosedBracket(run.text(), m.end(), to), m.numberStart());
    }

    /** A clause cut at a comma inside brackets (未审结2件(同一申请人, …) is quoted without the open bracket. */
    private static int unclosedBracket(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c == '(' || c == '（') && text.indexOf(c == '(' ? ')' : '）', i) >= to) {
                return i;
            }
        }
        return to;
    }
}
