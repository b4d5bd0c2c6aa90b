package org.disclosurekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumbersTest {
    private static final long SEED = 20_260_312L;
    private static final int ROUNDS = 5_000;
    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "四;4", "十;10", "十五;15", "一百二十;120", "一百二;120", "两万三千;23000", "一千零五;1005", "一千零五十;1050",
        "十万零五;100005", "三千五;3500", "一万五;15000", "一亿零五百万;105000000", "十亿;1000000000", "二〇一九;2019",
        "零;0", "两;2", "13,000;13000", "1,234,567;1234567", "4828550;4828550", "21350.46;21350.46", "1.2万;12000",
        "120.1万;1201000", "3亿;300000000", "0.5万;5000"})
    void parsesNumeralsAsReportsWriteThem(String text, String expected) {
        assertEquals(Optional.of(new BigDecimal(expected)), ChineseNumbers.parse(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"十四五", "百", "两两", "1,2", "12,34", "万", "一亿一亿", "abc", "", "四期", "1.2.3", "一千千"})
    void rejectsWhatIsNotOneNumber(String text) {
        assertEquals(Optional.empty(), ChineseNumbers.parse(text), text);
    }

    @Test
    void convertsAmountsToWanYuan() {
        assertEquals(Optional.of(new BigDecimal("25.1")), ChineseNumbers.toWanYuan(new BigDecimal("251000"), "元"));
        assertEquals(Optional.of(new BigDecimal("15000")), ChineseNumbers.toWanYuan(new BigDecimal("1.5"), "亿元"));
        assertEquals(Optional.of(new BigDecimal("19987")), ChineseNumbers.toWanYuan(new BigDecimal("19987"), "万元"));
        assertEquals(Optional.empty(), ChineseNumbers.toWanYuan(BigDecimal.TEN, "件"));
    }

    @Test
    void plainNumbersHaveNoExponent() {
        assertEquals("12000", ChineseNumbers.plain(new BigDecimal("1.2E+4")).toPlainString());
        assertEquals("12000", ChineseNumbers.parse("1.2万").orElseThrow().toString());
    }

    @Test
    void chineseAndArabicFormsOfRandomNumbersAgree() {
        Random random = new Random(SEED);
        for (int i = 0; i < ROUNDS; i++) {
            long n = random.nextInt(1_000_000_001);
            BigDecimal expected = BigDecimal.valueOf(n);
            String chinese = chinese(n);
            String arabic = random.nextBoolean() ? String.format("%,d", n) : Long.toString(n);
            String message = "seed " + SEED + ", round " + i + ": " + n + " as " + chinese + " / " + arabic;
            assertEquals(Optional.of(expected), ChineseNumbers.parse(chinese), message);
            assertEquals(Optional.of(expected), ChineseNumbers.parse(arabic), message);
            if (n >= 10_000 && n % 100 == 0) {
                String wan = expected.divide(BigDecimal.valueOf(10_000)).stripTrailingZeros().toPlainString() + "万";
                assertEquals(Optional.of(expected), ChineseNumbers.parse(wan), message + " / " + wan);
            }
        }
    }

    @Test
    void theTestWriterWritesTheUsualForms() {
        assertEquals("一亿零五", chinese(100_000_005));
        assertEquals("一万零五百", chinese(10_500));
        assertEquals("十万零一十", chinese(100_010));
        assertEquals("一亿一千万", chinese(110_000_000));
        assertTrue(chinese(15).equals("十五") && chinese(0).equals("零"));
    }

    /** The standard Chinese form of a number below 10^10, written here independently of the parser. */
    private static String chinese(long n) {
        if (n == 0) {
            return "零";
        }
        long[] groups = {n / 100_000_000, n / 10_000 % 10_000, n % 10_000};
        String[] units = {"亿", "万", ""};
        StringBuilder out = new StringBuilder();
        boolean higher = false;
        boolean gap = false;
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] == 0) {
                gap |= higher;
                continue;
            }
            if (higher && (gap || groups[i] < 1000)) {
                out.append("零");
            }
            out.append(section(groups[i], !higher)).append(units[i]);
            higher = true;
            gap = false;
        }
        return out.toString();
    }

    private static String section(long g, boolean leading) {
        int[] places = {1000, 100, 10, 1};
        String[] units = {"千", "百", "十", ""};
        StringBuilder out = new StringBuilder();
        boolean started = false;
        boolean zero = false;
        for (int k = 0; k < places.length; k++) {
            int d = (int) (g / places[k] % 10);
            if (d == 0) {
                zero |= started;
                continue;
            }
            if (zero) {
                out.append("零");
                zero = false;
            }
            out.append(k == 2 && d == 1 && !started && leading ? "" : DIGITS[d]).append(units[k]);
            started = true;
        }
        return out.toString();
    }
}
