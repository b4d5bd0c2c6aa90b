package org.disclosurekg.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SKOS;

/** The facts at the top of a report's page (body, division, year, template, source file) and the links at its foot. */
final class ReportHeader {
    private static final Node DATASET = NodeFactory.createURI("http://purl.org/linked-data/cube#dataSet");

    private ReportHeader() {
    }

    static String facts(Graph g, Node report, NodeHtml html) {
        StringBuilder sb = new StringBuilder("<dl class=\"facts\">\n");
        row(sb, "发布机关", "issued by", objects(g, report, "issuedBy", html));
        Optional<Node> division = Provenance.first(g, report, Provenance.dkg("division"));
        row(sb, "行政区划", "division", division.map(d -> chain(g, d, html)).orElse(literal(g, report, "divisionNote")));
        row(sb, "报告年度", "year", literal(g, report, "reportYear"));
        row(sb, "报告格式", "template", objects(g, report, "template", html));
        row(sb, "源文件", "source file", literal(g, report, "sourceFileName")
                + Provenance.first(g, report, Provenance.dkg("sourceUrl")).map(u -> " · <a href=\""
                        + Html.esc(u.getLiteralLexicalForm()) + "\">原文网址 <span class=\"en\">source URL</span></a>")
                        .orElse(""));
        row(sb, "SHA-256", "checksum", "<code class=\"hash\">" + literal(g, report, "sha256") + "</code>");
        String charset = literal(g, report, "sourceCharset");
        boolean traditional = Provenance.first(g, report, Provenance.dkg("convertedFromTraditional"))
                .map(b -> "true".equals(b.getLiteralLexicalForm())).orElse(false);
        row(sb, "编码", "encoding", charset + (traditional ? "（由繁体转换为简体 · converted from Traditional）" : ""));
        return sb.append("</dl>\n").toString();
    }

    /** The division with the divisions above it: 湖北省 › 武汉市 › 汉阳区. */
    private static String chain(Graph g, Node division, NodeHtml html) {
        StringBuilder sb = new StringBuilder(html.term(division));
        Node at = division;
        for (int depth = 0; depth < 4; depth++) {
            Optional<Node> up = Provenance.first(g, at, SKOS.broader.asNode());
            if (up.isEmpty()) {
                break;
            }
            sb.insert(0, html.term(up.get()) + " › ");
            at = up.get();
        }
        String code = Provenance.first(g, division, SKOS.notation.asNode()).map(Node::getLiteralLexicalForm).orElse("");
        return sb + (code.isEmpty() ? "" : " <small class=\"code\">" + Html.esc(code) + "</small>");
    }

    /** Where to go from the report: its data sets, and its numbers in the query editor. */
    static String onwards(Graph g, Node report, NodeHtml html, List<ReportObservation> obs) {
        Set<Node> datasets = new LinkedHashSet<>();
        obs.forEach(o -> g.find(NodeFactory.createURI(o.iri()), DATASET, Node.ANY)
                .forEach(t -> datasets.add(t.getObject())));
        StringBuilder sb = new StringBuilder("<h2>" + Html.bilingual("相关链接", "Onwards")
                + "</h2>\n<ul class=\"onwards\">\n");
        datasets.forEach(d -> sb.append("<li>").append(Html.bilingual("数据集", "data set")).append("： ")
                .append(html.term(d)).append("</li>\n"));
        String query = "SELECT ?obs ?value ?line ?text {\n  ?obs dkg:report <" + report.getURI()
                + "> ;\n       sdmx-measure:obsValue ?value .\n  OPTIONAL { ?obs dkg:sourceLine ?line }\n"
                + "  OPTIONAL { ?obs dkg:sourceText ?text }\n} ORDER BY ?line";
        String prologue = "PREFIX dkg: <https://w3id.org/disclosure-kg/def#>\n"
                + "PREFIX sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#>\n";
        sb.append("<li><a href=\"/query#query=").append(URLEncoder.encode(prologue + query, StandardCharsets.UTF_8)
                .replace("+", "%20")).append("&tabTitle=").append(URLEncoder.encode("本报告的数字", StandardCharsets.UTF_8))
                .append("\">").append(Html.bilingual("在查询编辑器中查看本报告的全部数字", "this report's numbers in the query editor"))
                .append("</a></li>\n");
        return sb.append("</ul>\n").toString();
    }

    private static void row(StringBuilder sb, String zh, String en, String value) {
        if (!value.isEmpty()) {
            sb.append("<div><dt>").append(Html.bilingual(zh, en)).append("</dt><dd>").append(value)
                    .append("</dd></div>\n");
        }
    }

    private static String objects(Graph g, Node s, String local, NodeHtml html) {
        StringBuilder sb = new StringBuilder();
        g.find(s, Provenance.dkg(local), Node.ANY).forEach(t -> sb.append(sb.length() == 0 ? "" : "、")
                .append(html.term(t.getObject())));
        return sb.toString();
    }

    private static String literal(Graph g, Node s, String local) {
        return Provenance.first(g, s, Provenance.dkg(local)).map(n -> Html.esc(n.getLiteralLexicalForm())).orElse("");
    }
}
