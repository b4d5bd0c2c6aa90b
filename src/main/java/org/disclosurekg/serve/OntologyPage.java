package org.disclosurekg.serve;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** The ontology as a page: its classes, properties and code lists, each term with its labels and comment. */
final class OntologyPage {
    private OntologyPage() {
    }

    static String render(Links links, Model ontology) {
        Graph g = ontology.getGraph();
        Graph labels = GraphFactory.createDefaultGraph();
        g.find().forEach(labels::add);
        g.find().forEach(t -> TermLabels.addTo(labels, t.getObject()));
        TermLabels.addTo(labels, RDFS.subClassOf.asNode());
        TermLabels.addTo(labels, RDFS.range.asNode());
        NodeHtml html = new NodeHtml(links, labels);
        StringBuilder body = new StringBuilder("<h1>" + Html.bilingual("本体与代码表", "Ontology and code lists") + "</h1>\n");
        subjects(g, RDF.type.asNode(), OWL.Ontology.asNode()).forEach(o -> body.append("<p class=\"iri\"><code>")
                .append(Html.esc(o.getURI())).append("</code> · ").append(Html.link("/ontology.ttl", "Turtle"))
                .append("</p>\n").append(text(g, o, DCTerms.description.asNode())));
        body.append("<nav class=\"toc\">").append(Html.link("#classes", "类 Classes")).append(" · ")
                .append(Html.link("#properties", "属性 Properties")).append(" · ")
                .append(Html.link("#codes", "代码表 Code lists")).append("</nav>\n");
        body.append("<h2 id=\"classes\">").append(Html.bilingual("类", "Classes")).append("</h2>\n");
        terms(body, g, html, subjects(g, RDF.type.asNode(), OWL.Class.asNode()), RDFS.subClassOf.asNode());
        body.append("<h2 id=\"properties\">").append(Html.bilingual("属性", "Properties")).append("</h2>\n");
        List<Node> props = subjects(g, RDF.type.asNode(), OWL.ObjectProperty.asNode());
        props.addAll(subjects(g, RDF.type.asNode(), OWL.DatatypeProperty.asNode()));
        props.sort(Comparator.comparing(Node::getURI));
        terms(body, g, html, props, RDFS.range.asNode());
        body.append("<h2 id=\"codes\">").append(Html.bilingual("代码表", "Code lists")).append("</h2>\n");
        subjects(g, RDF.type.asNode(), SKOS.ConceptScheme.asNode()).forEach(s -> scheme(body, g, html, s));
        return Html.page("本体", "Ontology", "/ontology", "", body.toString());
    }

    private static void terms(StringBuilder sb, Graph g, NodeHtml html, List<Node> terms, Node relation) {
        sb.append("<dl class=\"terms\">\n");
        for (Node t : terms) {
            sb.append("<div id=\"").append(Html.esc(Links.anchor(t.getURI()))).append("\"><dt>")
                    .append(Html.esc(Labels.of(g, t).orElse(""))).append(" <span class=\"en\" lang=\"en\">")
                    .append(Html.esc(Labels.english(g, t).orElse(""))).append("</span> <code>")
                    .append(Html.esc(NodeHtml.shortName(t.getURI()))).append("</code></dt><dd>")
                    .append(Html.esc(Provenance.first(g, t, RDFS.comment.asNode()).map(Node::getLiteralLexicalForm)
                            .orElse("")));
            g.find(t, relation, Node.ANY).forEach(r -> sb.append(" <small>").append(html.term(relation)).append("：")
                    .append(html.term(r.getObject())).append("</small>"));
            sb.append("</dd></div>\n");
        }
        sb.append("</dl>\n");
    }

    private static void scheme(StringBuilder sb, Graph g, NodeHtml html, Node scheme) {
        sb.append("<h3 id=\"").append(Html.esc(Links.anchor(scheme.getURI()))).append("\">")
                .append(Html.bilingual(Labels.of(g, scheme).orElse(""), Labels.english(g, scheme).orElse("")))
                .append(" <code>").append(Html.esc(NodeHtml.shortName(scheme.getURI()))).append("</code></h3>\n")
                .append(text(g, scheme, RDFS.comment.asNode()))
                .append("<table class=\"codes\"><thead><tr><th>代码 <span class=\"en\">notation</span></th><th>中文</th>"
                        + "<th>English</th><th>定义 <span class=\"en\">definition</span></th></tr></thead><tbody>\n");
        for (Node c : subjects(g, SKOS.inScheme.asNode(), scheme)) {
            sb.append("<tr id=\"").append(Html.esc(Links.anchor(c.getURI()))).append("\"><td><code>")
                    .append(Html.esc(Provenance.first(g, c, SKOS.notation.asNode()).map(Node::getLiteralLexicalForm)
                            .orElse(""))).append("</code></td><td>").append(Html.esc(Labels.of(g, c).orElse("")))
                    .append("</td><td lang=\"en\">").append(Html.esc(Labels.english(g, c).orElse("")))
                    .append("</td><td>").append(Html.esc(Provenance.first(g, c, SKOS.definition.asNode())
                            .map(Node::getLiteralLexicalForm).orElse(""))).append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n");
    }

    private static String text(Graph g, Node s, Node p) {
        return Provenance.first(g, s, p).map(n -> "<p>" + Html.esc(n.getLiteralLexicalForm()) + "</p>\n").orElse("");
    }

    /** The URI subjects of a property and object, sorted by IRI (the page must not depend on hash order). */
    private static List<Node> subjects(Graph g, Node p, Node o) {
        return new java.util.ArrayList<>(g.find(Node.ANY, p, o).mapWith(t -> t.getSubject()).filterKeep(Node::isURI)
                .toList().stream().distinct().sorted(Comparator.comparing(Node::getURI)).toList());
    }
}
