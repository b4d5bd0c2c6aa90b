package org.disclosurekg.serve;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.disclosurekg.vocab.DKG;

/** Where a number comes from: its value as stated, the quoted source text, its line and page, its report. */
final class Provenance {
    static final Node OBS_VALUE = NodeFactory.createURI("http://purl.org/linked-data/sdmx/2009/measure#obsValue");
    static final Node SOURCE_TEXT = dkg("sourceText");
    static final Node SOURCE_LINE = dkg("sourceLine");
    static final Node SOURCE_PAGE = dkg("sourcePage");
    static final Node UNIT = dkg("unit");
    static final Node QUALIFIER = dkg("qualifier");
    static final Node REPORT = dkg("report");

    private Provenance() {
    }

    static Node dkg(String local) {
        return NodeFactory.createURI(DKG.NS + local);
    }

    /** The block shown at the top of an observation's or note's page; empty for other resources. */
    static String block(Graph g, Node node, NodeHtml html) {
        Optional<Node> text = first(g, node, SOURCE_TEXT);
        Optional<Node> value = first(g, node, OBS_VALUE);
        if (text.isEmpty() && value.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<div class=\"provenance\">\n");
        value.ifPresent(v -> sb.append("<p class=\"value\">").append(first(g, node, QUALIFIER)
                .map(q -> Html.esc(q.getLiteralLexicalForm())).orElse("")).append(Html.esc(v.getLiteralLexicalForm()))
                .append(first(g, node, UNIT).map(u -> " <small>" + Html.esc(u.getLiteralLexicalForm()) + "</small>")
                        .orElse("")).append("</p>\n"));
        text.ifPresent(t -> sb.append("<blockquote lang=\"zh-Hans\">").append(Html.esc(t.getLiteralLexicalForm()))
                .append("</blockquote>\n"));
        sb.append("<p class=\"where\">").append(where(g, node));
        first(g, node, REPORT).ifPresent(r -> sb.append(" · ").append(html.term(r)));
        return sb.append("</p>\n</div>\n").toString();
    }

    /** "第 12 行 · line 12", with the page when known; empty when neither is. */
    static String where(Graph g, Node node) {
        String line = first(g, node, SOURCE_LINE).map(Node::getLiteralLexicalForm).orElse("");
        String page = first(g, node, SOURCE_PAGE).map(Node::getLiteralLexicalForm).orElse("");
        StringBuilder sb = new StringBuilder();
        if (!page.isEmpty()) {
            sb.append("第 ").append(Html.esc(page)).append(" 页 ");
        }
        if (!line.isEmpty()) {
            sb.append("第 ").append(Html.esc(line)).append(" 行 <span class=\"en\" lang=\"en\">")
                    .append(page.isEmpty() ? "" : "page " + Html.esc(page) + ", ").append("line ")
                    .append(Html.esc(line)).append("</span>");
        }
        return sb.toString();
    }

    static Optional<Node> first(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).nextOptional().map(Triple::getObject);
    }
}
