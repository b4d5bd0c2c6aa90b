package org.disclosurekg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The HTML page of any resource: its label, what it is, the source text a number was read from, its
 * properties, what refers to it, and links to its RDF forms.
 */
final class ResourcePage {
    static final String DKG = Links.ONTOLOGY + "#";
    private static final int INCOMING_LIMIT = 200;

    private ResourcePage() {
    }

    static String render(Publication pub, String iri, Model model) {
        Node node = NodeFactory.createURI(iri);
        Graph g = model.getGraph();
        NodeHtml html = new NodeHtml(pub.links(), labelGraph(pub, g));
        String title = Labels.of(g, node).orElse(NodeHtml.shortName(iri));
        String en = Labels.english(g, node).filter(e -> !e.equals(title)).orElse("");
        StringBuilder body = new StringBuilder();
        body.append(heading(title, en, iri, types(g, node, html)));
        body.append(Provenance.block(g, node, html));
        body.append(properties(g, node, html));
        body.append(incoming(pub, node));
        body.append(formats(pub.links().href(iri)));
        return Html.page(title, en, null, "", body.toString());
    }

    static String heading(String title, String en, String iri, String types) {
        return "<p class=\"kind\">" + types + "</p>\n<h1>" + Html.esc(title)
                + (en.isEmpty() ? "" : " <span class=\"en\" lang=\"en\">" + Html.esc(en) + "</span>") + "</h1>\n"
                + "<p class=\"iri\"><code>" + Html.esc(iri) + "</code></p>\n";
    }

    static String types(Graph g, Node node, NodeHtml html) {
        List<String> types = new ArrayList<>();
        // Our own classes first: they say most about what the resource is.
        g.find(node, RDF.type.asNode(), Node.ANY).toList().stream().map(t -> t.getObject())
                .sorted((a, b) -> Boolean.compare(!a.getURI().startsWith(Links.ONTOLOGY), !b.getURI().startsWith(
                        Links.ONTOLOGY)))
                .forEach(t -> types.add(html.term(t)));
        return String.join(" · ", types);
    }

    /** Labels from the description and, for predicates and types, from the ontology in the default graph. */
    static Graph labelGraph(Publication pub, Graph description) {
        Graph labels = GraphFactory.createDefaultGraph();
        description.find().forEach(labels::add);
        Txn.executeRead(pub.dataset(), () -> {
            Graph all = pub.dataset().getDefaultGraph();
            description.find().forEach(t -> {
                for (Node p : Labels.PROPERTIES) {
                    all.find(t.getPredicate(), p, Node.ANY).forEach(labels::add);
                }
                TermLabels.addTo(labels, t.getPredicate());
                TermLabels.addTo(labels, t.getObject());
            });
        });
        return labels;
    }

    private static String properties(Graph g, Node node, NodeHtml html) {
        Map<Node, List<Node>> byPredicate = new LinkedHashMap<>();
        g.find(node, Node.ANY, Node.ANY).toList().stream()
                .filter(t -> !t.getPredicate().equals(RDF.type.asNode()))
                .sorted((a, b) -> a.getPredicate().getURI().compareTo(b.getPredicate().getURI()))
                .forEach(t -> byPredicate.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject()));
        StringBuilder sb = new StringBuilder("<h2>" + Html.bilingual("属性", "Properties") + "</h2>\n"
                + "<table class=\"props\"><tbody>\n");
        byPredicate.forEach((p, values) -> {
            String name = NodeHtml.shortName(p.getURI());
            sb.append("<tr><th>").append(html.term(p)).append(html.labelled(p) ? "<br><small class=\"tag\">"
                    + Html.esc(name) + "</small>" : "").append("</th><td>");
            values.forEach(v -> sb.append("<div>").append(html.term(v)).append("</div>"));
            sb.append("</td></tr>\n");
        });
        return sb.append("</tbody></table>\n").toString();
    }

    private static String incoming(Publication pub, Node node) {
        // Observations are left out: a division or code is the dimension of thousands of them.
        List<Binding> rows = Sparql.select(pub.dataset(), "SELECT ?s ?p ?label { ?s ?p ?o "
                + "FILTER NOT EXISTS { ?s a qb:Observation } OPTIONAL { ?s skos:prefLabel|rdfs:label ?label } } "
                + "ORDER BY ?p ?s LIMIT " + INCOMING_LIMIT, Map.of("o", node));
        if (rows.isEmpty()) {
            return "";
        }
        Graph labels = GraphFactory.createDefaultGraph();
        rows.forEach(b -> {
            if (b.get("label") != null) {
                labels.add(Triple.create(b.get("s"), RDFS.label.asNode(), b.get("label")));
            }
        });
        NodeHtml named = new NodeHtml(pub.links(), labels);
        StringBuilder sb = new StringBuilder("<h2>" + Html.bilingual("引用本资源的", "Referred to by")
                + "</h2>\n<ul class=\"incoming\">\n");
        rows.stream().map(b -> List.of(b.get("s"), b.get("p"))).distinct().forEach(sp -> sb.append("<li>")
                .append(named.term(sp.get(0))).append(" <small class=\"tag\">").append(Html.esc(NodeHtml.shortName(
                        sp.get(1).getURI()))).append("</small></li>\n"));
        sb.append("</ul>\n");
        if (rows.size() == INCOMING_LIMIT) {
            sb.append("<p class=\"hint\">只列出前 ").append(INCOMING_LIMIT).append(" 条。</p>\n");
        }
        return sb.toString();
    }

    /** Links to the resource's RDF forms. */
    static String formats(String href) {
        return "<p class=\"formats\">" + Html.bilingual("其他格式", "Other formats") + "： "
                + Html.link(href + ".ttl", "Turtle") + " · " + Html.link(href + ".jsonld", "JSON-LD") + " · "
                + Html.link(href + ".nt", "N-Triples") + " · " + Html.link(href + ".rdf", "RDF/XML") + "</p>\n";
    }
}
