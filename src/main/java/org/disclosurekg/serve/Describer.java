package org.disclosurekg.serve;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * What is said about one resource: its outgoing triples, or for a resource that names a graph (a report)
 * that whole graph, its observations and checks included; plus the labels of everything it links to.
 */
final class Describer {
    private Describer() {
    }

    /** The description; empty when the graph says nothing about the IRI. */
    static Model describe(DatasetGraph dataset, String iri) {
        Node node = NodeFactory.createURI(iri);
        Graph out = GraphFactory.createDefaultGraph();
        Txn.executeRead(dataset, () -> {
            Graph named = dataset.getGraph(node);
            if (dataset.containsGraph(node) && !named.isEmpty()) {
                named.find().forEach(out::add);
            } else {
                dataset.getDefaultGraph().find(node, Node.ANY, Node.ANY).forEach(out::add);
            }
            if (!out.isEmpty()) {
                addLabels(dataset.getDefaultGraph(), out);
            }
        });
        Model m = ModelFactory.createModelForGraph(out);
        m.setNsPrefixes(QueryPrefixes.mapping());
        return m;
    }

    private static void addLabels(Graph from, Graph out) {
        Set<Node> linked = new HashSet<>();
        out.find().forEach(t -> {
            if (t.getObject().isURI()) {
                linked.add(t.getObject());
            }
        });
        for (Node o : linked) {
            for (Node p : Labels.PROPERTIES) {
                from.find(o, p, Node.ANY).toList().forEach(out::add);
            }
        }
    }
}
