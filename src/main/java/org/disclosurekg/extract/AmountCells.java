package org.disclosurekg.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells of a table 二 row: signed counts ({@code +25}, {@code -58}), amounts with their unit
 * inside the cell ({@code 21350.46万元}, {@code 394432.52元}), and compound cells that state parts
 * ({@code 66(招投标)+847(电子商城)}), which read as their sum.
 */
final class AmountCells {
    private static final Pattern PART = Pattern.compile(
            "([+-]?)(\\d+(?:\\.\\d+)?)\\s*(万元|亿元|元|万)?\\s*(?:\\(([^()\\d]{1,16})\\))?");
    private static final Pattern JOIN = Pattern.compile("\\s*\\+\\s*");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private AmountCells() {
    }

    /**
     * One cell as read.
     *
     * @param value the number (the sum, for a compound cell)
     * @param unit the unit printed in the cell, empty if none
     * @param signed true when printed with a sign
     * @param compound true when the cell states parts that were added up
     * @param text the cell's characters as printed
     * @param start offset of the cell in the text given to {@link #read}
     */
    record Amount(BigDecimal value, String unit, boolean signed, boolean compound, String text, int start) {
        /** The value in 万元, or null when the cell has no unit that says what it counts in. */
        BigDecimal wanYuan(boolean unitlessIsWan) {
            return switch (unit) {
                case "万元", "万" -> value;
                case "亿元" -> value.multiply(TEN_THOUSAND);
                case "元" -> value.divide(TEN_THOUSAND, MathContext.DECIMAL64).stripTrailingZeros();
                default -> unitlessIsWan ? value : null;
            };
        }

        boolean isPlainDigits() {
            return !signed && !compound && unit.isEmpty() && text.chars().allMatch(Character::isDigit);
        }
    }

    /** The cells of a stretch of text, in order. */
    static List<Amount> read(String text) {
        List<Amount> cells = new ArrayList<>();
        Matcher m = PART.matcher(text);
        int at = 0;
        while (at < text.length() && m.find(at)) {
            int start = m.start();
            BigDecimal sum = value(m);
            String unit = m.group(3) == null ? "" : m.group(3);
            boolean signed = !m.group(1).isEmpty();
            boolean compound = false;
            int end = m.end();
            while (m.group(4) != null && joinAt(text, end) > 0) {
                int next = joinAt(text, end);
                if (!m.find(next) || m.start() != next) {
                    break;
                }
                sum = sum.add(value(m));
                unit = m.group(3) == null ? unit : m.group(3);
                compound = true;
                end = m.end();
            }
            cells.add(new Amount(sum, unit, signed && !compound, compound, text.substring(start, end).strip(), start));
            at = end;
        }
        return cells;
    }

    /** Where the next part of a compound cell starts, or -1. */
    private static int joinAt(String text, int end) {
        Matcher j = JOIN.matcher(text).region(end, text.length());
        return j.lookingAt() ? j.end() : -1;
    }

    private static BigDecimal value(Matcher m) {
        BigDecimal v = new BigDecimal(m.group(2));
        return "-".equals(m.group(1)) ? v.negate() : v;
    }
}
