package org.disclosurekg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurekg.document.ReportDocument;

/**
 * Reads the numbers stated in a report's running text: narrative keys ({@code channel.weibo.posts},
 * {@code applications.received}, …) and, where a sentence states table 三 or 四 numbers for one scope of
 * the report (区政府, 区级各部门及街道), table facts with that scope. A number that is not clearly about a
 * key is left out; a key stated twice with different values keeps the first and gets a note.
 */
public final class NarrativeExtractor {
    /** How far back (in characters) the context words of a rule are looked for. */
    private static final int CONTEXT_BEFORE = 300;
    /** A total up to a date (截至2019年底,累计…): it counts earlier years too. */
    private static final Pattern AS_OF = Pattern.compile("(?:截至|截止)[^。]*(?:累计|以来)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年(?!\\s*\\d{1,2}\\s*月)");
    private static final Pattern QUOTED = Pattern.compile("[“\"「]([^”\"」]{1,20})[”\"」]");
    private static final Pattern LEADING_PUNCT = Pattern.compile("^[\\s(（\\[【]+");
    private static final Pattern GAZETTE = Pattern.compile("《([^》]{0,24}公报)》");

    /** The facts read from the running text, with the notes on what was set aside. */
    public record Result(List<Fact> facts, List<ExtractionNote> notes) {
        public Result {
            facts = List.copyOf(facts);
            notes = List.copyOf(notes);
        }
    }

    /** The narrative facts (and per-scope table facts) of the document, in reading order. */
    public List<Fact> extract(ReportDocument document, ReportIdentity identity) {
        return read(document, identity).facts();
    }

    /** The narrative facts of the document, with notes on values stated twice that disagree. */
    public Result read(ReportDocument document, ReportIdentity identity) {
        Collector collector = new Collector();
        Integer year = identity == null ? null : identity.year();
        for (TextRun run : TextRun.of(document)) {
            for (Sentence sentence : Sentence.split(run.text())) {
                List<Fact> scoped = ScopeStatements.read(run, sentence);
                if (scoped != null) {
                    scoped.forEach(collector::add);
                } else {
                    readSentence(run, sentence, year, collector);
                }
            }
        }
        return new Result(collector.facts(), collector.notes());
    }

    private static void readSentence(TextRun run, Sentence sentence, Integer year, Collector collector) {
        String text = run.text();
        boolean parts = false;
        for (int[] clause : sentence.clauses()) {
            String clauseText = text.substring(clause[0], clause[1]);
            parts = parts && text.charAt(clause[0] - 1) != ';' || LEADING_PUNCT.matcher(clauseText).replaceFirst("")
                    .startsWith("其中");
            for (NumberMention found : NumberMention.find(clauseText)) {
                NumberMention m = found.shift(clause[0]);
                String before = text.substring(clause[0], m.start());
                String after = text.substring(m.end(), clause[1]);
                String near = text.substring(Math.max(0, clause[0] - CONTEXT_BEFORE), clause[1]);
                String sentenceBefore = text.substring(sentence.start(), m.start());
                NarrativeRule rule = NarrativePatterns.match(m.unit(), new NarrativeRule.NumberContext(before, after,
                        near, sentenceBefore, parts));
                if (rule != null && yearAgrees(sentenceBefore, year) && !AS_OF.matcher(sentenceBefore).find()) {
                    FactKey key = new FactKey(ReportTable.NARRATIVE, "", rule.key(), "");
                    collector.add(NarrativeFacts.of(key, m, run, clause, account(rule.key(), before, after)));
                }
            }
        }
    }

    /** A number under another year (自2008年以来, 2019年同期) is not this report's. */
    private static boolean yearAgrees(String before, Integer year) {
        if (year == null) {
            return true;
        }
        Matcher m = YEAR.matcher(before);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != year) {
                return false;
            }
        }
        return true;
    }

    /** The account or outlet named for a channel number: the quoted names, or the gazette's title. */
    private static String account(String key, String before, String after) {
        Matcher m = key.equals("channel.gazette.issues") ? GAZETTE.matcher(before + after) : QUOTED.matcher(before);
        if (!key.startsWith("channel.")) {
            return "";
        }
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return String.join("、", names);
    }

    /**
     * Keeps one value per key. A key the text states with different values is left out altogether, with
     * a note: which of them is the report's figure cannot be told, and a wrong number is worse than none.
     */
    private static final class Collector {
        private final Map<FactKey, Fact> byKey = new LinkedHashMap<>();
        private final Map<FactKey, List<Fact>> conflicts = new LinkedHashMap<>();
        private final List<ExtractionNote> notes = new ArrayList<>();

        void add(Fact fact) {
            Fact first = byKey.putIfAbsent(fact.key(), fact);
            if (first != null && first.value().compareTo(fact.value()) != 0) {
                conflicts.computeIfAbsent(fact.key(), k -> new ArrayList<>(List.of(first))).add(fact);
            }
        }

        List<Fact> facts() {
            return byKey.values().stream().filter(f -> !conflicts.containsKey(f.key())).toList();
        }

        List<ExtractionNote> notes() {
            List<ExtractionNote> out = new ArrayList<>(notes);
            conflicts.forEach((key, facts) -> out.add(new ExtractionNote("narrativeConflict", key + " is stated as "
                    + facts.stream().map(f -> f.value().toPlainString() + " (\"" + f.quote() + "\", " + f.source() + ")")
                            .collect(java.util.stream.Collectors.joining(" and as "))
                    + "; left out, since which is the report's figure cannot be told", facts.get(0).source())));
            return out;
        }
    }
}
