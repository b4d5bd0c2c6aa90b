package org.disclosurekg.extract;

import java.util.Optional;

/**
 * The grammar of Chinese numerals with units: {@code [section 亿] [section 万] section}, where a section
 * is digits before 千 百 十 in falling order with 零 for gaps. The spoken shortening of a last digit
 * (三千五 = 3500, 一万五 = 15000) is read as well; anything else malformed (十四五, 百) is rejected.
 */
final class ChineseNumeralGrammar {
    private static final long MALFORMED = -1;

    private ChineseNumeralGrammar() {
    }

    /** The value of a numeral made of {@link ChineseNumbers#NUMERAL_CHARS}, if it is well formed. */
    static Optional<Long> value(String s) {
        long v = group(s, '亿', 100_000_000L);
        return v < 0 ? Optional.empty() : Optional.of(v);
    }

    /** Splits at the last occurrence of a big unit (亿, then 万) and combines the two sides. */
    private static long group(String s, char unit, long scale) {
        int at = s.lastIndexOf(unit);
        long below = unit == '亿' ? group(s.substring(at + 1), '万', 10_000L) : section(s.substring(at + 1));
        if (at < 0) {
            return below;
        }
        long above = unit == '亿' ? group(s.substring(0, at), '万', 10_000L) : section(s.substring(0, at));
        if (above <= 0 || below < 0 || s.substring(0, at).indexOf(unit) >= 0) {
            return MALFORMED;
        }
        String rest = s.substring(at + 1);
        if (rest.length() == 1 && ChineseNumbers.digitValue(rest.charAt(0)) > 0) {
            below = below * (scale / 10);
        }
        return below >= scale ? MALFORMED : above * scale + below;
    }

    /** A number below 10000: digits before 千 百 十, 零 where a unit is skipped. */
    static long section(String s) {
        long total = 0;
        int pending = -1;
        int lastUnit = 10_000;
        boolean zero = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int unit = unitValue(c);
            int digit = ChineseNumbers.digitValue(c);
            if (c == '零' || c == '〇') {
                if (pending >= 0) {
                    return MALFORMED;
                }
                zero = true;
            } else if (digit > 0) {
                if (pending >= 0) {
                    return MALFORMED;
                }
                pending = digit;
            } else if (unit > 0) {
                if (unit >= lastUnit || (pending < 0 && unit != 10)) {
                    return MALFORMED;
                }
                total += (long) (pending < 0 ? 1 : pending) * unit;
                lastUnit = unit;
                pending = -1;
                zero = false;
            } else {
                return MALFORMED;
            }
        }
        if (pending >= 0) {
            total += shortened(pending, lastUnit, zero);
        }
        return total;
    }

    /** A last digit after a unit without 零 means the next lower unit (三千五 = 3500). */
    private static long shortened(int digit, int lastUnit, boolean zero) {
        if (zero || lastUnit == 10_000 || lastUnit == 10) {
            return digit;
        }
        return (long) digit * (lastUnit / 10);
    }

    private static int unitValue(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> -1;
        };
    }
}
