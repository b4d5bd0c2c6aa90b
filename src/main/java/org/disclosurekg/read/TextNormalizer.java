package org.disclosurekg.read;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one place report text is cleaned: Unicode NFKC (full-width digits, letters and punctuation become
 * ASCII), no-break and ideographic spaces become plain spaces, and Traditional characters become
 * Simplified with Taiwan phrasing (入口網站 → 门户网站, 檔案 → 文件, 最佳化 → 优化); pinyin that mirror sites
 * insert after characters is dropped.
 */
public final class TextNormalizer {
    /** A text counts as Traditional when at least this many of its Han characters change. */
    private static final int MIN_TRADITIONAL_CHARS = 5;
    private static final double MIN_TRADITIONAL_SHARE = 0.01;

    /**
     * Pinyin that encyclopaedia mirrors put after characters (行政強(qiáng)制): a bracketed syllable with a
     * tone mark right after a Han character, which no report writes itself.
     */
    private static final Pattern PINYIN = Pattern.compile(
            "(?<=\\p{IsHan})\\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\\)");

    private TextNormalizer() {
    }

    /** True when the text is written in Traditional characters. */
    public static boolean isTraditional(String text) {
        int han = 0;
        int traditional = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                continue;
            }
            han++;
            if (ZhConverterUtil.isTraditional(c) && !ZhConverterUtil.isSimple(c)) {
                traditional++;
            }
        }
        return traditional >= MIN_TRADITIONAL_CHARS && traditional >= han * MIN_TRADITIONAL_SHARE;
    }

    /**
     * Converts Traditional to Simplified, Taiwan phrasing included. 文件 is kept as it is: the Taiwan
     * converter reads it as a computer file (文档), but in a mainland report it is an official document.
     */
    public static String toSimplified(String text) {
        return ZhTwConverterUtil.toSimple(text.replace("文件", KEEP)).replace(KEEP, "文件");
    }

    /** Stands in for 文件 during conversion: private-use characters the converter leaves alone. */
    private static final String KEEP = "\uE000\uE001";

    /** NFKC and space clean-up, without script conversion. */
    public static String nfkc(String text) {
        String s = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u00a0', '\u2002', '\u2003', '\u2009', '\u3000' -> out.append(' ');
                case '\u200b', '\u200c', '\u200d', '\ufeff' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The result of normalising a whole text. */
    public record Normalized(String text, boolean traditional) {
    }

    /** NFKC, then Traditional to Simplified when the text is Traditional. */
    public static Normalized normalize(String text) {
        String s = PINYIN.matcher(nfkc(text)).replaceAll("");
        boolean traditional = isTraditional(s);
        return new Normalized(traditional ? toSimplified(s) : s, traditional);
    }
}
