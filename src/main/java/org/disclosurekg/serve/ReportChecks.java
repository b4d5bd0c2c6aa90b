package org.disclosurekg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;

/** A report's accounting checks and extraction notes, read from its graph and shown with their numbers. */
final class ReportChecks {
    static final Node COMPUTED_ON = NodeFactory.createURI("http://www.w3.org/ns/dqv#computedOn");
    static final Node MEASUREMENT_OF = NodeFactory.createURI("http://www.w3.org/ns/dqv#isMeasurementOf");
    static final Node VALUE = NodeFactory.createURI("http://www.w3.org/ns/dqv#value");
    static final Node HAS_TARGET = NodeFactory.createURI("http://www.w3.org/ns/oa#hasTarget");

    private ReportChecks() {
    }

    /** One check as shown. */
    record Check(Node iri, Node rule, Node subject, Node scope, boolean holds, String stated, String computed,
            String message, List<String> involves) {
    }

    /** The report's checks, failures first. */
    static List<Check> read(Graph g, Node report) {
        List<Check> checks = new ArrayList<>();
        g.find(Node.ANY, COMPUTED_ON, report).forEach(t -> {
            Node c = t.getSubject();
            List<String> involves = new ArrayList<>();
            g.find(c, Provenance.dkg("involves"), Node.ANY).forEach(i -> involves.add(i.getObject().getURI()));
            checks.add(new Check(c, Provenance.first(g, c, MEASUREMENT_OF).orElse(null),
                    Provenance.first(g, c, Provenance.dkg("checkSubject")).orElse(null),
                    Provenance.first(g, c, Provenance.dkg("scope")).orElse(null),
                    Provenance.first(g, c, VALUE).map(v -> "true".equals(v.getLiteralLexicalForm())).orElse(true),
                    text(g, c, Provenance.dkg("statedValue")), text(g, c, Provenance.dkg("computedValue")),
                    text(g, c, RDFS.comment.asNode()), involves));
        });
        checks.sort(Comparator.comparing(Check::holds).thenComparing(c -> c.iri().getURI()));
        return checks;
    }

    /** The observations involved in failed checks. */
    static Set<String> failing(List<Check> checks) {
        Set<String> set = new HashSet<>();
        checks.stream().filter(c -> !c.holds()).forEach(c -> set.addAll(c.involves()));
        return set;
    }

    /** The checks as tables: the failed ones open, the passed ones folded away. */
    static String render(List<Check> checks, NodeHtml html) {
        if (checks.isEmpty()) {
            return "<p>本报告没有可核对的勾稽关系。 <span class=\"en\" lang=\"en\">No accounting identity could be "
                    + "checked on this report.</span></p>\n";
        }
        List<Check> failed = checks.stream().filter(c -> !c.holds()).toList();
        List<Check> passed = checks.stream().filter(Check::holds).toList();
        StringBuilder sb = new StringBuilder();
        if (!failed.isEmpty()) {
            sb.append(table(failed, html));
        }
        if (!passed.isEmpty()) {
            sb.append("<details><summary>").append(passed.size())
                    .append(" 项核对通过 <span class=\"en\" lang=\"en\">").append(passed.size())
                    .append(" checks pass</span></summary>\n").append(table(passed, html)).append("</details>\n");
        }
        return sb.toString();
    }

    private static String table(List<Check> checks, NodeHtml html) {
        StringBuilder sb = new StringBuilder("<table class=\"checks\">\n<thead><tr><th>结果 <span class=\"en\">"
                + "result</span></th><th>规则 <span class=\"en\">rule</span></th><th>对象 <span class=\"en\">subject"
                + "</span></th><th>表中所列 <span class=\"en\">stated</span></th><th>计算所得 <span class=\"en\">computed"
                + "</span></th><th>说明 <span class=\"en\">message</span></th></tr></thead>\n<tbody>\n");
        for (Check c : checks) {
            sb.append("<tr class=\"").append(c.holds() ? "pass" : "fail").append("\"><td>")
                    .append(c.holds() ? "✓ 通过" : "✗ 未通过").append("</td><td>")
                    .append(c.rule() == null ? "" : html.term(c.rule())).append("</td><td>")
                    .append(c.subject() == null ? "" : html.term(c.subject())).append("</td><td class=\"n\">")
                    .append(Html.esc(c.stated())).append("</td><td class=\"n\">").append(Html.esc(c.computed()))
                    .append("</td><td><a href=\"").append(Html.esc(html.href(c.iri()))).append("\">")
                    .append(Html.esc(c.message().isEmpty() ? "详情" : c.message())).append("</a></td></tr>\n");
        }
        return sb.append("</tbody></table>\n").toString();
    }

    /** The extraction notes: what could not be read, and where. */
    static String notes(Graph g, Node report, NodeHtml html) {
        StringBuilder sb = new StringBuilder();
        g.find(Node.ANY, HAS_TARGET, report).toList().stream().map(t -> t.getSubject())
                .sorted(Comparator.comparing(Node::getURI)).forEach(n -> sb.append("<li><code>")
                        .append(Html.esc(text(g, n, Provenance.dkg("noteCode")))).append("</code> ")
                        .append(Html.esc(text(g, n, RDFS.comment.asNode()))).append(" <small>")
                        .append(Provenance.where(g, n)).append("</small> <a href=\"")
                        .append(Html.esc(html.href(n))).append("\">→</a></li>\n"));
        return sb.length() == 0 ? "" : "<ul class=\"notes\">\n" + sb + "</ul>\n";
    }

    private static String text(Graph g, Node s, Node p) {
        return Provenance.first(g, s, p).map(Node::getLiteralLexicalForm).orElse("");
    }
}
