package org.disclosurekg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One number as written in running text, with the words that qualify it: {@code 近18000条},
 * {@code 13000余条}, {@code 120.1万余次}, {@code 四期}.
 *
 * @param start where the mention starts in the text, qualifier included
 * @param numberStart where the number itself starts
 * @param end where the mention ends (after the unit and any trailing qualifier)
 * @param value the number, 万/亿 multipliers applied
 * @param unit the unit as written (件 条 万元 % …)
 * @param qualifier the approximate marker as written (近, 余, 超过 …), empty if none
 */
record NumberMention(int start, int numberStart, int end, BigDecimal value, String unit, String qualifier) {
    private static final String ARABIC = "(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?(?:\\s*[万亿]{1,2})?";
    private static final String CHINESE = "[" + ChineseNumbers.NUMERAL_CHARS + "]+";
    private static final Pattern MENTION = Pattern.compile(
            "(?<pre>大约|将近|接近|超过|近|约|逾|超)?\\s*"
            + "(?<num>(?<![\\d.,第])" + ARABIC + "|(?<![第" + ChineseNumbers.NUMERAL_CHARS + "])" + CHINESE + ")"
            + "\\s*(?<mid>余|多)?\\s*"
            + "(?<unit>万元|亿元|元|人次|批次|件|条|篇|次|期|个|项|份|起|宗|通|则|名|人|家|场|册|%)"
            + "(?<post>余|多|以上|左右)?");

    /** True when the report marks the number as approximate. */
    boolean approximate() {
        return !qualifier.isEmpty();
    }

    /** The same mention with its positions moved by {@code offset} (from a clause to its run). */
    NumberMention shift(int offset) {
        return new NumberMention(start + offset, numberStart + offset, end + offset, value, unit, qualifier);
    }

    /** Every well-formed number followed by a unit in the text, in order. */
    static List<NumberMention> find(String text) {
        List<NumberMention> mentions = new ArrayList<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            Optional<BigDecimal> value = ChineseNumbers.parse(m.group("num").replace(" ", ""));
            if (value.isPresent()) {
                mentions.add(new NumberMention(m.start(), m.start("num"), m.end(), value.get(), m.group("unit"),
                        qualifier(m)));
            }
        }
        return mentions;
    }

    private static String qualifier(Matcher m) {
        StringBuilder q = new StringBuilder();
        for (String group : new String[] {"pre", "mid", "post"}) {
            if (m.group(group) != null) {
                q.append(m.group(group));
            }
        }
        return q.toString();
    }
}
