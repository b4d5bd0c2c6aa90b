package org.disclosurekg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Chooses what to call a resource: Chinese first, then untagged, then English; the notation as a last resort. */
public final class Labels {
    /** The labelling properties, in order of preference. */
    public static final List<Node> PROPERTIES = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(),
            DCTerms.title.asNode(), SKOS.notation.asNode());

    private Labels() {
    }

    /** The best label of a node in a graph: Chinese by any labelling property first, the notation last. */
    public static Optional<String> of(Graph graph, Node node) {
        List<Node> labels = new ArrayList<>();
        for (Node p : PROPERTIES.subList(0, PROPERTIES.size() - 1)) {
            graph.find(node, p, Node.ANY).mapWith(Triple::getObject).forEach(labels::add);
        }
        Optional<String> label = best(labels, "zh");
        if (label.isPresent()) {
            return label;
        }
        return best(graph.find(node, SKOS.notation.asNode(), Node.ANY).mapWith(Triple::getObject).toList(), "zh");
    }

    /** The English label of a node, if it has one. */
    public static Optional<String> english(Graph graph, Node node) {
        for (Node p : PROPERTIES) {
            Optional<String> label = graph.find(node, p, Node.ANY).mapWith(Triple::getObject).toList().stream()
                    .filter(n -> n.isLiteral() && n.getLiteralLanguage().startsWith("en"))
                    .map(Node::getLiteralLexicalForm).findFirst();
            if (label.isPresent()) {
                return label;
            }
        }
        return Optional.empty();
    }

    /** The literal of the preferred language among these, else untagged, else any. */
    public static Optional<String> best(List<Node> literals, String language) {
        Node chosen = null;
        int rank = Integer.MAX_VALUE;
        for (Node n : literals) {
            if (!n.isLiteral()) {
                continue;
            }
            String lang = n.getLiteralLanguage();
            int r = lang.startsWith(language) ? 0 : lang.isEmpty() ? 1 : lang.startsWith("en") ? 2 : 3;
            if (r < rank) {
                rank = r;
                chosen = n;
            }
        }
        return Optional.ofNullable(chosen).map(Node::getLiteralLexicalForm);
    }
}
