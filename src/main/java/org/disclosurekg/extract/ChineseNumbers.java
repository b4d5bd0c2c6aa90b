package org.disclosurekg.extract;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers as reports write them: Arabic digits with or without thousands separators and decimals,
 * Chinese numerals (四, 一百二十, 两万三千, 二〇一九), and either of them with a 万 or 亿 multiplier (1.2万).
 */
public final class ChineseNumbers {
    /** The Chinese digit characters; 两 counts only before a unit (两万), never in a digit string. */
    public static final String DIGITS = "零〇一二两三四五六七八九";
    /** Every character a Chinese numeral may contain. */
    public static final String NUMERAL_CHARS = DIGITS + "十百千万亿";

    private static final Pattern ARABIC = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    private ChineseNumbers() {
    }

    /**
     * The value of a whole number string: Arabic, Chinese, or either followed by 万/亿 (and 万亿); empty
     * when the string is not one well-formed number.
     */
    public static Optional<BigDecimal> parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        int end = s.length();
        BigDecimal multiplier = BigDecimal.ONE;
        while (end > 0 && (s.charAt(end - 1) == '万' || s.charAt(end - 1) == '亿') && startsArabic(s)) {
            multiplier = multiplier.multiply(s.charAt(end - 1) == '万' ? TEN_THOUSAND : HUNDRED_MILLION);
            end--;
        }
        Optional<BigDecimal> base = startsArabic(s) ? arabic(s.substring(0, end)) : chinese(s);
        final BigDecimal m = multiplier;
        return base.map(v -> plain(v.multiply(m)));
    }

    /** An amount in the unit stated (元, 万元, 亿元) expressed in 万元; empty for any other unit. */
    public static Optional<BigDecimal> toWanYuan(BigDecimal value, String unit) {
        return switch (unit) {
            case "万元" -> Optional.of(plain(value));
            case "元" -> Optional.of(plain(value.divide(TEN_THOUSAND)));
            case "亿元" -> Optional.of(plain(value.multiply(TEN_THOUSAND)));
            default -> Optional.empty();
        };
    }

    /** The number without trailing zeros and never in exponent notation (12000, not 1.2E+4). */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private static boolean startsArabic(String s) {
        return Character.isDigit(s.charAt(0));
    }

    private static Optional<BigDecimal> arabic(String s) {
        Matcher m = ARABIC.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s.replace(",", "")));
    }

    /** A Chinese numeral: a plain digit string (二〇一九) or digits with units (两万三千零五). */
    static Optional<BigDecimal> chinese(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (NUMERAL_CHARS.indexOf(s.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        if (s.chars().noneMatch(c -> "十百千万亿".indexOf(c) >= 0)) {
            return digitString(s);
        }
        return ChineseNumeralGrammar.value(s).map(BigDecimal::valueOf);
    }

    private static Optional<BigDecimal> digitString(String s) {
        if (s.indexOf('两') >= 0) {
            return s.length() == 1 ? Optional.of(BigDecimal.valueOf(2)) : Optional.empty();
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            digits.append(digitValue(s.charAt(i)));
        }
        return Optional.of(new BigDecimal(digits.toString()));
    }

    /** The value of one Chinese digit character, -1 for anything else. */
    static int digitValue(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
