package org.disclosurekg.extract;

import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurekg.document.Block;
import org.disclosurekg.document.Paragraph;
import org.disclosurekg.document.ReportDocument;

/**
 * The year a report covers, where its title does not say: the statistics period of the preamble
 * (报告中所列数据自2020年1月1日至2020年12月31日止), else the year its opening sections speak of most. Dates of
 * publication (发布时间: 2019-03-19), the date of signing after the last sentence, document numbers
 * (〔2019〕61号), titles of other documents (《…》) and spans of years (2019-2020学年, 2021—2025年) are not
 * counted.
 */
final class ReportYears {
    private static final int FIRST_YEAR = 2007;
    private static final int OPENING_PARAGRAPHS = 40;
    /** A year opening a paragraph or sentence (2019年, …) weighs more than one inside a sentence. */
    private static final int OPENING_WEIGHT = 3;
    private static final Pattern PERIOD = Pattern.compile("(?:统计期限|统计时限|统计时段|统计区间|统计周期|统计范围|所列数据|数据统计)"
            + "[^。]{0,12}?(?<y1>\\d{4})\\s*年(?:\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)?\\s*(?:起)?\\s*(?:至|到|-|—|~)\\s*"
            + "(?:(?<y2>\\d{4})\\s*年)?");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d〔\\[(（—\\-~至])(\\d{4})\\s*年(?!\\s*[-—~至到]\\s*\\d{4})");
    private static final Pattern IGNORED = Pattern.compile("《[^》]*》|〔[^〕]*〕|\\[[^\\]]*\\]|\\d{4}\\s*[-—~至到]\\s*\\d{4}");
    /** A date of publication as page metadata writes it (发布时间: 2021-01-28 09:43, 时间：2019年3月19日). */
    private static final Pattern PUBLICATION = Pattern.compile("(?:发布时间|发文日期|发布日期|成文日期|更新时间|时间|日期)\\s*[:：]?"
            + "\\s*\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    /** A full date after the last sentence of a running text: the date the report was signed. */
    private static final Pattern SIGNING_DATE = Pattern.compile("\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日(?=[^。]*$)");
    /** A line that is only a full date: the date of signing under the signature. */
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日?\\s*$");
    private static final Pattern OPENING = Pattern.compile("(?:^|[。!?])\\s*(?:[(（]?[一二三四五六七八九十\\d]+[)）、.]\\s*)?$");

    private ReportYears() {
    }

    /** The year of the statistics period the preamble states, if it states one. */
    static Optional<Integer> statisticsPeriod(ReportDocument document) {
        for (Block block : document.blocks()) {
            if (block instanceof Paragraph p) {
                Matcher m = PERIOD.matcher(p.text());
                if (m.find()) {
                    int year = Integer.parseInt(m.group("y2") != null ? m.group("y2") : m.group("y1"));
                    return plausible(year) ? Optional.of(year) : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The year the opening paragraphs name most, or empty when they name none. */
    static Optional<Integer> mostNamed(ReportDocument document) {
        Map<Integer, Integer> weights = new HashMap<>();
        int seen = 0;
        for (Block block : document.blocks()) {
            if (block instanceof Paragraph p && seen++ < OPENING_PARAGRAPHS) {
                count(withoutDates(p.text()), weights);
            }
        }
        return weights.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey);
    }

    /** The text without what names a year it does not cover: publication and signing dates, titles, spans. */
    static String withoutDates(String text) {
        if (DATE_LINE.matcher(text).matches()) {
            return "";
        }
        String s = PUBLICATION.matcher(text).replaceAll("…");
        if (s.contains("。")) {
            s = SIGNING_DATE.matcher(s).replaceAll("…");
        }
        return IGNORED.matcher(s).replaceAll("…");
    }

    private static void count(String text, Map<Integer, Integer> weights) {
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (plausible(year)) {
                boolean opening = OPENING.matcher(text.substring(0, m.start())).find();
                weights.merge(year, opening ? OPENING_WEIGHT : 1, Integer::sum);
            }
        }
    }

    private static boolean plausible(int year) {
        return year >= FIRST_YEAR && year <= Year.now().getValue() + 1;
    }
}
