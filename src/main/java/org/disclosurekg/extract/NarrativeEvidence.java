package org.disclosurekg.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Totals the narrative states that a statistics-table row must agree with: what a 主动公开信息数 row says
 * for this year, the narrative usually says in words (2017年全区主动公开政府信息2122条).
 */
public final class NarrativeEvidence {
    private record Link(Pattern label, String key) {
    }

    private static final List<Link> LINKS = List.of(
            new Link(Pattern.compile("^主动公开(?:政府)?(?:信息|文件)(?:总)?数?$"), "proactive.items"),
            new Link(Pattern.compile("^受理.*申请.*总数$|^依申请公开.*总数$"), "applications.received"),
            new Link(Pattern.compile("^对申请的答复总?数$"), "applications.answered"));

    private NarrativeEvidence() {
    }

    /** The narrative key a statistics-table indicator states in the narrative's words, if it is one of them. */
    public static java.util.Optional<String> keyFor(String label) {
        return LINKS.stream().filter(l -> l.label().matcher(label).find()).map(Link::key).findFirst();
    }

    /** The values the whole-report narrative states for the indicator with this label; empty if none. */
    static List<BigDecimal> statedFor(String label, List<Fact> narrative) {
        for (Link link : LINKS) {
            if (link.label().matcher(label).find()) {
                return narrative.stream()
                        .filter(f -> f.table() == ReportTable.NARRATIVE && f.scope().isEmpty()
                                && f.row().equals(link.key()) && f.value() != null && !f.approximate())
                        .map(Fact::value)
                        .toList();
            }
        }
        return List.of();
    }
}
