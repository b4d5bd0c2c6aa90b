package org.disclosurekg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurekg.document.Block;
import org.disclosurekg.document.Paragraph;
import org.disclosurekg.document.ReportDocument;
import org.disclosurekg.document.Row;
import org.disclosurekg.document.Table;

/**
 * The title of a report and what it says: 北湖区2018年政府信息公开工作年度报告 names the body (北湖区) and the
 * year (2018). The title is a crawler's {@code 标题:} line, or a short line near the top that ends in 年度报告,
 * possibly broken over two lines (淮安市人民政府 / 2024年政府信息公开工作年度报告), or a table cell.
 */
final class ReportTitles {
    /** How many lines from the top a title may stand at. */
    private static final int TOP_LINES = 16;
    private static final int LONGEST_TITLE = 60;
    private static final Pattern METADATA_TITLE = Pattern.compile("^(?:•\\s*)?(?:标题|名称|题名)\\s*[:：]\\s*(.+)$");
    private static final String REPORT = "(?:政府)?(?:信息公开|政务公开)(?:工作)?(?:年度报告|年报|工作报告|报告)$";
    private static final Pattern TITLE = Pattern.compile("^(?<pre>.*?)(?<year>\\d{4})年度?(?<post>.*?)" + REPORT);
    private static final Pattern TITLE_WITHOUT_YEAR = Pattern.compile("^(?<pre>)(?<post>.*?)" + REPORT);
    private static final Pattern IN_TEXT = Pattern.compile("(?:^|现(?:将|予)?公布|现发布|现将|编制了?)(?<name>[^,。;:、《》“”()]{1,30}?)"
            + "(?<year>\\d{4})年度?(?:政府)?信息公开(?:工作)?(?:年度报告|情况|工作情况)");
    private static final Pattern IN_TEXT_YEAR_FIRST = Pattern.compile("(?:公布|发布)(?<year>\\d{4})年度?"
            + "(?<name>[^,。;:、《》“”()\\d]{2,20}?)(?:[(（][^)）]{0,6}[)）])?(?:政府)?信息公开(?:工作)?年度报告");
    /** A year written in Chinese digits (二〇二〇年, 二零二一年度). */
    private static final Pattern CHINESE_YEAR = Pattern.compile("[〇零一二三四五六七八九]{4}(?=年)");
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    private static final Pattern URL = Pattern.compile("(?:原文链接|原文地址|原文网址|来源链接|网页地址)\\s*[:：]\\s*(https?://\\S+)");

    /**
     * What a title says.
     *
     * @param text the title as printed (normalised, spaces removed)
     * @param name the body's name as the title gives it, empty if it gives none
     * @param year the year it names, or null
     */
    record Title(String text, String name, Integer year) {
    }

    private ReportTitles() {
    }

    /** The report's title, if it has one near the top: the crawler's {@code 标题:} line, else the printed one. */
    static Optional<Title> title(ReportDocument document) {
        return titleLine(document).or(() -> printed(document));
    }

    /** The title a crawler's metadata gives ({@code 标题: …}), if it gives one that reads as a report's title. */
    static Optional<Title> titleLine(ReportDocument document) {
        for (String line : topLines(document)) {
            Matcher m = METADATA_TITLE.matcher(line.strip());
            if (m.matches()) {
                Optional<Title> t = parse(m.group(1));
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    /** The title printed at the top of the report, possibly broken over two lines. */
    static Optional<Title> printed(ReportDocument document) {
        List<String> lines = topLines(document);
        for (int i = 0; i < lines.size(); i++) {
            if (METADATA_TITLE.matcher(lines.get(i).strip()).matches()) {
                continue;
            }
            Optional<Title> t = parse(lines.get(i));
            if (t.isPresent() && !t.get().name().isEmpty()) {
                return t;
            }
            if (i > 0 && joinable(lines.get(i - 1), lines.get(i))) {
                Optional<Title> joined = parse(lines.get(i - 1) + lines.get(i));
                if (joined.isPresent() && !joined.get().name().isEmpty()) {
                    return joined;
                }
            }
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    /**
     * A sentence near the top that names the report: 现公布泰州市人民政府2017年政府信息公开工作年度报告, or a first
     * sentence that opens with it (荆州市荆州区人民政府办公室2021年政府信息公开工作年度报告是根据…编制).
     */
    static Optional<Title> inText(ReportDocument document) {
        for (String line : topLines(document)) {
            for (Pattern p : List.of(IN_TEXT, IN_TEXT_YEAR_FIRST)) {
                Matcher m = p.matcher(arabicYears(line.replaceAll("\\s+", "")));
                if (m.find()) {
                    return Optional.of(new Title(m.group(), m.group("name"), Integer.valueOf(m.group("year"))));
                }
            }
        }
        return Optional.empty();
    }

    /** The address the file says it was taken from (原文链接: https://…), or empty. */
    static String sourceUrl(ReportDocument document) {
        for (String line : topLines(document)) {
            Matcher m = URL.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        return "";
    }

    /** The text lines at the top of the document: paragraphs, and each cell of a table row. */
    static List<String> topLines(ReportDocument document) {
        List<String> lines = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (lines.size() >= TOP_LINES) {
                break;
            }
            if (block instanceof Paragraph p) {
                lines.add(p.text());
            } else if (block instanceof Table t) {
                for (Row row : t.rows()) {
                    row.texts().stream().filter(c -> !c.isBlank()).forEach(lines::add);
                }
            }
        }
        return lines;
    }

    private static Optional<Title> parse(String line) {
        String printed = line.replaceAll("\\s+", "").replaceFirst("^.*[>›]", "");
        // 《…年度报告》 quoted whole and 关于…年度报告 name the body as the bare title does.
        String s = arabicYears(printed.replaceFirst("^《(.*)》$", "$1").replaceFirst("^关于", ""));
        if (s.length() > LONGEST_TITLE || !s.contains("信息公开") && !s.contains("政务公开")) {
            return Optional.empty();
        }
        Matcher m = TITLE.matcher(s);
        boolean withYear = m.matches();
        if (!withYear) {
            m = TITLE_WITHOUT_YEAR.matcher(s);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        String name = m.group("pre").isEmpty() ? m.group("post") : m.group("pre");
        Integer year = withYear ? Integer.valueOf(m.group("year")) : null;
        if (name.isEmpty() && year == null) {
            return Optional.empty();
        }
        return Optional.of(new Title(printed, name, year));
    }

    /** The text with years in Chinese digits written in Arabic digits (二〇二〇年 → 2020年). */
    static String arabicYears(String text) {
        Matcher m = CHINESE_YEAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder digits = new StringBuilder();
            for (char c : m.group().toCharArray()) {
                digits.append(c == '零' ? 0 : CHINESE_DIGITS.indexOf(c));
            }
            m.appendReplacement(out, digits.toString());
        }
        return m.appendTail(out).toString();
    }

    /** A title broken over two short lines; the first must not be a title (or a breadcrumb) itself. */
    private static boolean joinable(String first, String second) {
        String s = first.strip();
        return s.length() <= 30 && second.strip().length() <= 40 && !s.contains("。") && !s.contains(":")
                && !s.contains(">") && !(s.contains("信息公开") && second.contains("信息公开"));
    }
}
