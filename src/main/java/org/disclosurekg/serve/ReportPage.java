package org.disclosurekg.serve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;

/**
 * A report's page: who issued it for which division and year, its numbers laid out as its tables (and
 * the narrative numbers as a list), each with its source line and text, then its accounting checks and
 * extraction notes, and links onwards.
 */
final class ReportPage {
    private static final Node WHOLE = Provenance.dkg("wholeReport");

    private ReportPage() {
    }

    static String render(Publication pub, String iri, Model model) {
        Graph g = model.getGraph();
        Node report = NodeFactory.createURI(iri);
        NodeHtml html = new NodeHtml(pub.links(), ResourcePage.labelGraph(pub, g));
        List<ReportObservation> obs = ReportObservation.read(g, report);
        List<ReportChecks.Check> checks = ReportChecks.read(g, report);
        ReportTables tables = new ReportTables(pub.links(), pub.codes(), ReportChecks.failing(checks));
        boolean v2021 = Provenance.first(g, report, Provenance.dkg("template")).map(t -> t.getURI().endsWith("/2021"))
                .orElse(false);
        String title = Labels.of(g, report).orElse(iri);
        StringBuilder body = new StringBuilder(ResourcePage.heading(title, "", iri, ResourcePage.types(g, report, html)));
        String notes = ReportChecks.notes(g, report, html);
        body.append(ReportHeader.facts(g, report, html)).append(summary(obs, checks, !notes.isEmpty()));
        body.append("<p class=\"toggle\"><input type=\"checkbox\" id=\"show-src\"><label for=\"show-src\">"
                + "显示每个数字所在的行号 <span class=\"en\" lang=\"en\">show the source line of every number</span>"
                + "</label></p>\n<div class=\"report-body\">\n");
        for (String scope : scopes(obs)) {
            List<ReportObservation> in = obs.stream().filter(o -> o.scope().equals(scope)).toList();
            body.append(scopeHeading(g, scope, html)).append(tablesOf(tables, in, v2021));
        }
        body.append("</div>\n<h2 id=\"checks\">").append(Html.bilingual("勾稽关系核对", "Accounting checks"))
                .append("</h2>\n").append(ReportChecks.render(checks, html));
        if (!notes.isEmpty()) {
            body.append("<h2 id=\"notes\">").append(Html.bilingual("提取说明", "Extraction notes")).append("</h2>\n")
                    .append(notes);
        }
        body.append(ReportHeader.onwards(g, report, html, obs)).append(ResourcePage.formats(pub.links().href(iri)));
        return Html.page(title, "", null, "", body.toString());
    }

    private static String summary(List<ReportObservation> obs, List<ReportChecks.Check> checks, boolean notes) {
        long failed = checks.stream().filter(c -> !c.holds()).count();
        long stated = obs.stream().filter(o -> !o.missing()).count();
        String blank = obs.size() > stated ? "（另有 " + (obs.size() - stated) + " 格原表为空）" : "";
        String zh = checks.isEmpty() ? "没有可核对的勾稽关系" : "勾稽核对 " + checks.size() + " 项，"
                + (failed == 0 ? "全部通过" : "<a href=\"#checks\" class=\"fail\">" + failed + " 项未通过</a>");
        String en = checks.isEmpty() ? "no accounting identity to check" : checks.size() + " accounting checks, "
                + failed + " failed";
        return "<p class=\"summary\">共 " + stated + " 个数字" + blank + "；" + zh + "。"
                + (notes ? " <a href=\"#notes\">有提取说明（如原文表格中的数字已丢失）</a>。" : "")
                + " <span class=\"en\" lang=\"en\">" + stated + " numbers; " + en + "."
                + (notes ? " See the extraction notes." : "") + "</span></p>\n";
    }

    /** The scopes in order: the whole report first. */
    private static List<String> scopes(List<ReportObservation> obs) {
        Set<String> scopes = new LinkedHashSet<>();
        obs.stream().filter(o -> o.scope().equals(WHOLE.getURI())).findFirst().ifPresent(o -> scopes.add(o.scope()));
        obs.forEach(o -> scopes.add(o.scope()));
        return new ArrayList<>(scopes);
    }

    private static String scopeHeading(Graph g, String scope, NodeHtml html) {
        if (scope.equals(WHOLE.getURI()) || scope.isEmpty()) {
            return "";
        }
        return "<h2 class=\"scope\">" + Html.bilingual("统计范围：", "Scope:") + " " + html.term(NodeFactory.createURI(scope))
                + "</h2>\n";
    }

    private static String tablesOf(ReportTables tables, List<ReportObservation> obs, boolean v2021) {
        StringBuilder sb = new StringBuilder();
        section(sb, tables, "t2", "二、主动公开政府信息情况", "Proactive disclosure (table 二)", obs, o -> tables.t2(o, v2021));
        section(sb, tables, "t3", "三、收到和处理政府信息公开申请情况", "Applications received and handled (table 三)", obs,
                o -> tables.t3(o, v2021));
        section(sb, tables, "t4", "四、政府信息公开行政复议、行政诉讼情况", "Reconsideration and litigation (table 四)", obs,
                tables::t4);
        section(sb, tables, "legacy", "政府信息公开情况统计表", "Statistics table (before 2019)", obs, tables::legacy);
        section(sb, tables, "narrative", "正文中的数字", "Numbers stated in the text", obs, tables::narrative);
        return sb.toString();
    }

    private static void section(StringBuilder sb, ReportTables tables, String table, String zh, String en,
            List<ReportObservation> obs, Function<List<ReportObservation>, String> render) {
        List<ReportObservation> in = obs.stream().filter(o -> o.table().equals(table)).toList();
        if (!in.isEmpty()) {
            sb.append("<h3>").append(Html.bilingual(zh, en)).append("</h3>\n<div class=\"scroll\">")
                    .append(render.apply(in)).append("</div>\n").append(tables.leftovers(in));
        }
    }
}
