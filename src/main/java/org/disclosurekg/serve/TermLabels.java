package org.disclosurekg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** Display labels of the W3C terms the graph reuses ({@code serve/term-labels.ttl}); pages only, never published. */
final class TermLabels {
    private static final Graph LABELS = load();

    private TermLabels() {
    }

    /** Adds the labels of a term, if it is one of them, to a graph of labels. */
    static void addTo(Graph labels, Node term) {
        LABELS.find(term, Node.ANY, Node.ANY).forEach(labels::add);
    }

    private static Graph load() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = TermLabels.class.getClassLoader().getResourceAsStream("serve/term-labels.ttl")) {
            if (in == null) {
                throw new IllegalStateException("missing resource serve/term-labels.ttl");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read serve/term-labels.ttl", e);
        }
        return g;
    }
}
