package org.disclosurekg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * {@code /quality}: per report, the accounting checks that failed with the numbers involved, and the
 * extraction notes (tables whose numbers were lost, ambiguous splits); and the files not converted.
 */
final class QualityServlet extends PageServlet {
    private static final String REPORTS = """
            SELECT ?r (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?c) AS ?checks) (COUNT(DISTINCT ?bad) AS ?failed)
                   (COUNT(DISTINCT ?note) AS ?notes) {
              ?r a dkg:AnnualReport . OPTIONAL { ?r rdfs:label ?l }
              OPTIONAL { ?c dqv:computedOn ?r }
              OPTIONAL { ?bad dqv:computedOn ?r ; dqv:value false }
              OPTIONAL { ?note a dkg:ExtractionNote ; oa:hasTarget ?r }
            } GROUP BY ?r ORDER BY DESC(?failed) DESC(?notes) ?r
            """;
    private static final String FAILURES = """
            SELECT ?c ?r ?ruleLabel ?subjectLabel ?stated ?computed ?message {
              ?c a dkg:AccountingCheck ; dqv:computedOn ?r ; dqv:value false .
              OPTIONAL { ?c dqv:isMeasurementOf/skos:prefLabel ?ruleLabel FILTER(LANGMATCHES(LANG(?ruleLabel), "zh")) }
              OPTIONAL { ?c dkg:checkSubject/skos:prefLabel ?subjectLabel FILTER(LANGMATCHES(LANG(?subjectLabel), "zh")) }
              OPTIONAL { ?c dkg:statedValue ?stated } OPTIONAL { ?c dkg:computedValue ?computed }
              OPTIONAL { ?c rdfs:comment ?message }
            } ORDER BY ?r ?c
            """;
    private static final String NOTES = """
            SELECT ?n ?r ?code ?message ?line {
              ?n a dkg:ExtractionNote ; oa:hasTarget ?r .
              OPTIONAL { ?n dkg:noteCode ?code } OPTIONAL { ?n rdfs:comment ?message } OPTIONAL { ?n dkg:sourceLine ?line }
            } ORDER BY ?r ?n
            """;

    QualityServlet(Supplier<Publication> publication) {
        super(publication);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Publication pub = publication();
        StringBuilder body = new StringBuilder("<h1>" + Html.bilingual("数据质量", "Data quality") + "</h1>\n"
                + "<p>每份报告都按其格式自身的勾稽关系核对（新收＋上年结转＝办理结果总计＋结转下年；各申请人列之和＝总计；"
                + "各办理结果之和＝总计；表四每组维持＋纠正＋其他＋尚未审结＝总计；正文总数与表格一致）。"
                + "未通过的核对照实公布，不改动报告中的数字。 <span class=\"en\" lang=\"en\">Every report is checked "
                + "against its template's own identities. Failures are published as they are; no number is "
                + "changed to make them pass.</span></p>\n");
        body.append(summary(pub));
        body.append("<h2 id=\"failures\">").append(Html.bilingual("未通过的核对", "Failed checks")).append("</h2>\n")
                .append(failures(pub));
        body.append("<h2 id=\"notes\">").append(Html.bilingual("提取说明", "Extraction notes")).append("</h2>\n")
                .append(notes(pub));
        if (!pub.record().failures().isEmpty()) {
            body.append("<h2>").append(Html.bilingual("未能转换的文件", "Files not converted")).append("</h2>\n<ul>\n");
            pub.record().failures().forEach(f -> body.append("<li>").append(Html.esc(f)).append("</li>\n"));
            body.append("</ul>\n");
        }
        sendHtml(resp, 200, Html.page("数据质量", "Quality", "/quality", "", body.toString()));
    }

    private static String summary(Publication pub) {
        StringBuilder sb = new StringBuilder("<table class=\"list\"><thead><tr><th>报告 <span class=\"en\">report</span>"
                + "</th><th>核对 <span class=\"en\">checks</span></th><th>未通过 <span class=\"en\">failed</span></th>"
                + "<th>提取说明 <span class=\"en\">notes</span></th></tr></thead>\n<tbody>\n");
        for (Binding b : Sparql.select(pub.dataset(), REPORTS)) {
            long failed = number(b, "failed");
            sb.append("<tr><td>").append(report(pub, b)).append("</td><td class=\"n\">").append(number(b, "checks"))
                    .append("</td><td class=\"n").append(failed > 0 ? " fail" : "").append("\">").append(failed)
                    .append("</td><td class=\"n\">").append(number(b, "notes")).append("</td></tr>\n");
        }
        return sb.append("</tbody></table>\n").toString();
    }

    private static String failures(Publication pub) {
        List<Binding> rows = Sparql.select(pub.dataset(), FAILURES);
        if (rows.isEmpty()) {
            return "<p>所有核对均通过。 <span class=\"en\" lang=\"en\">Every check passes.</span></p>\n";
        }
        StringBuilder sb = new StringBuilder("<table class=\"checks\"><thead><tr><th>报告 <span class=\"en\">report"
                + "</span></th><th>规则 <span class=\"en\">rule</span></th><th>对象 <span class=\"en\">subject</span></th>"
                + "<th>表中所列 <span class=\"en\">stated</span></th><th>计算所得 <span class=\"en\">computed</span></th>"
                + "<th>说明 <span class=\"en\">message</span></th></tr></thead>\n<tbody>\n");
        for (Binding b : rows) {
            sb.append("<tr class=\"fail\"><td>").append(Html.link(pub.links().href(b.get("r").getURI()) + "#checks",
                    shortReport(pub, b.get("r")))).append("</td><td>").append(Html.esc(text(b, "ruleLabel")))
                    .append("</td><td>").append(Html.esc(text(b, "subjectLabel"))).append("</td><td class=\"n\">")
                    .append(Html.esc(text(b, "stated"))).append("</td><td class=\"n\">")
                    .append(Html.esc(text(b, "computed")))
                    .append("</td><td>").append(Html.link(pub.links().href(b.get("c").getURI()), text(b, "message")))
                    .append("</td></tr>\n");
        }
        return sb.append("</tbody></table>\n").toString();
    }

    private static String notes(Publication pub) {
        List<Binding> rows = Sparql.select(pub.dataset(), NOTES);
        if (rows.isEmpty()) {
            return "<p>没有提取说明。 <span class=\"en\" lang=\"en\">No extraction notes.</span></p>\n";
        }
        StringBuilder sb = new StringBuilder("<ul class=\"notes\">\n");
        for (Binding b : rows) {
            String report = pub.links().href(b.get("r").getURI()) + "#notes";
            sb.append("<li>").append(Html.link(report, shortReport(pub, b.get("r")))).append(" <code>")
                    .append(Html.esc(text(b, "code"))).append("</code> ").append(Html.esc(text(b, "message")))
                    .append(text(b, "line").isEmpty() ? "" : " <small>第 " + Html.esc(text(b, "line")) + " 行</small>")
                    .append("</li>\n");
        }
        return sb.append("</ul>\n").toString();
    }

    private static String report(Publication pub, Binding b) {
        String label = text(b, "label");
        return Html.link(pub.links().href(b.get("r").getURI()), label.isEmpty() ? b.get("r").getURI() : label);
    }

    /** A report named by its path, which carries its division code and year. */
    private static String shortReport(Publication pub, Node r) {
        return pub.links().href(r.getURI()).replaceFirst("^/id/report/", "");
    }

    private static long number(Binding b, String var) {
        Node n = b.get(var);
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }

    private static String text(Binding b, String var) {
        Node n = b.get(var);
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.getURI();
    }
}
