package org.disclosurekg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences that state the numbers of table 三 or 四 for one part of the report, as reports do that split
 * 区政府 from 区级各部门及街道: {@code 区政府本年新收到政府信息公开申请66件,上年转结…0件,予以公开10件,…} or
 * {@code 区政府作为被告的…行政诉讼案件总计3件,其中未经复议直接起诉的3件:结果维持1件,未审结2件}.
 * A sentence counts only when it opens with the scope and, for table 三, names at least four of its rows.
 */
final class ScopeStatements {
    /** The scope as a sentence opens with it, after an optional year: 区政府, 区级各部门及街道, 各街道 …. */
    static final Pattern SCOPE = Pattern.compile("^\\s*(?:\\d{4}\\s*年度?\\s*,?\\s*)?(?<none>无|没有|未发生)?(?<scope>"
            + "[区市县省州旗](?:人民)?政府(?:本级|本部|机关)?"
            + "|[区市县省州旗]级(?:各)?(?:政府)?(?:部门|单位|机关)(?:(?:及|和|与|、)(?:各)?(?:街道|乡镇|街道办事处|镇街|乡镇街道))?"
            + "|各(?:部门|街道|乡镇|单位)(?:(?:及|和|与|、)(?:各)?(?:街道|乡镇|部门|单位))?)");
    private static final int MIN_TABLE3_ROWS = 4;
    private static final Set<String> UNITS = Set.of("件", "条", "份", "个", "起", "宗");
    private static final Map<String, Pattern> TABLE3_ROWS = rows(
            "newReceived", "(?:本年度?|全年)?新?(?:收到|收|受理|接收)(?:的)?(?:政府信息公开|信息公开|依申请公开)?申请(?:数量|数)?(?:共|共计|为)?",
            "carriedOver", "上年度?(?:结转|转结)(?:的)?(?:政府信息公开)?(?:申请)?(?:数量|数)?(?:共|为)?",
            "granted", "(?:予以|同意)公开(?:的)?",
            "partial", "部分公开(?:的)?",
            "denied", "不予?公开(?:的)?",
            "unable", "无法提供(?:的)?",
            "notProcessed", "不予处理(?:的)?",
            "otherHandling", "其他处理(?:情况)?(?:的)?",
            "carriedForward", "结转(?:至)?下一?年度?(?:继续办理)?(?:的)?");
    private static final Map<String, Pattern> OUTCOMES = rows(
            "upheld", "(?:结果)?维持(?:原)?(?:的)?",
            "corrected", "(?:结果)?纠正(?:的)?",
            "other", "其他结果(?:的)?",
            "pending", "(?:尚)?未审结(?:的)?");
    private static final Pattern DIRECT = full("(?:未经复议)?直接(?:起诉|提起(?:行政)?诉讼)(?:的)?(?:案件)?(?:共|总计)?");
    private static final Pattern AFTER_RECONSIDERATION = full("(?:经)?复议后(?:起诉|提起(?:行政)?诉讼)(?:的)?(?:案件)?(?:共|总计)?");
    private static final Pattern TOTAL = Pattern.compile("(?:案件(?:总计|共计|合计|共)?|总计|共计)\\s*$");

    private ScopeStatements() {
    }

    /** True when the sentence opens with a scope of the report rather than the whole report. */
    static boolean opensWithScope(String sentence) {
        return SCOPE.matcher(sentence).find();
    }

    /** The table facts of a per-scope sentence; null when the sentence is not one. */
    static List<Fact> read(TextRun run, Sentence sentence) {
        Matcher m = SCOPE.matcher(sentence.text(run.text()));
        if (!m.find()) {
            return null;
        }
        String rest = sentence.text(run.text()).substring(m.end());
        String scope = m.group("scope");
        int from = sentence.start() + m.end();
        if (rest.startsWith("作为")) {
            return m.group("none") != null ? zero(run, sentence, scope, rest) : table4(run, sentence, scope, from);
        }
        return m.group("none") == null ? table3(run, sentence, scope, from) : null;
    }

    private static List<Fact> table3(TextRun run, Sentence sentence, String scope, int from) {
        Map<String, Fact> found = new LinkedHashMap<>();
        for (Numbered n : numbered(run, sentence, from)) {
            for (Map.Entry<String, Pattern> row : TABLE3_ROWS.entrySet()) {
                if (row.getValue().matcher(n.before()).matches() && !found.containsKey(row.getKey())) {
                    found.put(row.getKey(), n.fact(new FactKey(ReportTable.T3, scope, row.getKey(), "total"), run));
                }
            }
        }
        return found.size() >= MIN_TABLE3_ROWS ? List.copyOf(found.values()) : null;
    }

    private static List<Fact> table4(TextRun run, Sentence sentence, String scope, int from) {
        String subject = run.text().substring(from, sentence.clauses().get(0)[1]);
        String group = subject.contains("被申请人") || subject.contains("复议案件") ? "reconsideration"
                : subject.contains("被告") || subject.contains("诉讼") ? "litigation" : null;
        if (group == null) {
            return null;
        }
        return new Table4Reader(run, scope, group).read(numbered(run, sentence, from));
    }

    /** 无区政府作为被申请人的…行政复议案件: the group's total is zero. */
    private static List<Fact> zero(TextRun run, Sentence sentence, String scope, String rest) {
        if (!NumberMention.find(rest).isEmpty() || !rest.contains("案件")) {
            return null;
        }
        String row = rest.contains("复议") ? "reconsideration" : rest.contains("诉讼") ? "litigation" : null;
        if (row == null) {
            return null;
        }
        int[] clause = sentence.clauses().get(0);
        return List.of(NarrativeFacts.zero(new FactKey(ReportTable.T4, scope, row, "total"), "件", run, clause));
    }

    /** Every number of the sentence with its clause and the words before it, 其中 and the scope left out. */
    private static List<Numbered> numbered(TextRun run, Sentence sentence, int from) {
        List<Numbered> out = new ArrayList<>();
        for (int[] clause : sentence.clauses()) {
            int start = Math.max(clause[0], from);
            if (start >= clause[1]) {
                continue;
            }
            String text = run.text().substring(start, clause[1]);
            for (NumberMention m : NumberMention.find(text)) {
                if (UNITS.contains(m.unit())) {
                    String before = text.substring(0, m.start()).strip().replaceFirst("^其中", "");
                    out.add(new Numbered(m.shift(start), clause, before));
                }
            }
        }
        return out;
    }

    /** A number of a scope sentence. */
    record Numbered(NumberMention mention, int[] clause, String before) {
        Fact fact(FactKey key, TextRun run) {
            return NarrativeFacts.of(key, mention, run, clause, "");
        }
    }

    /** Reads table 四 numbers in order: a group (直接起诉 / 复议后起诉), its total, then its outcomes. */
    private static final class Table4Reader {
        private final TextRun run;
        private final String scope;
        private final String base;
        private String group;
        private boolean split;
        private Numbered baseTotal;
        private final Map<String, Fact> facts = new LinkedHashMap<>();

        Table4Reader(TextRun run, String scope, String base) {
            this.run = run;
            this.scope = scope;
            this.base = base;
            this.group = base;
        }

        List<Fact> read(List<Numbered> numbers) {
            for (Numbered n : numbers) {
                take(n);
            }
            if (!split && baseTotal != null) {
                add(base, "total", baseTotal);
            }
            return facts.isEmpty() ? null : List.copyOf(facts.values());
        }

        private void take(Numbered n) {
            if (base.equals("litigation") && DIRECT.matcher(n.before()).matches()) {
                startGroup("litigationDirect", n);
            } else if (base.equals("litigation") && AFTER_RECONSIDERATION.matcher(n.before()).matches()) {
                startGroup("litigationAfterReconsideration", n);
            } else if (TOTAL.matcher(n.before()).find() && group.equals(base)) {
                baseTotal = n;
            } else {
                OUTCOMES.forEach((outcome, p) -> {
                    if (p.matcher(n.before()).matches()) {
                        add(group, outcome, n);
                    }
                });
            }
        }

        private void startGroup(String name, Numbered n) {
            group = name;
            split = true;
            add(name, "total", n);
        }

        private void add(String row, String column, Numbered n) {
            facts.putIfAbsent(row + "/" + column, n.fact(new FactKey(ReportTable.T4, scope, row, column), run));
        }
    }

    private static Map<String, Pattern> rows(String... keyAndPattern) {
        Map<String, Pattern> rows = new LinkedHashMap<>();
        for (int i = 0; i < keyAndPattern.length; i += 2) {
            rows.put(keyAndPattern[i], full(keyAndPattern[i + 1]));
        }
        return rows;
    }

    private static Pattern full(String regex) {
        return Pattern.compile("\\s*(?:" + regex + ")\\s*");
    }
}
