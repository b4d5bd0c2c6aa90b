package org.disclosurekg.serve;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;

/**
 * What was loaded, when, and under which base: kept in its own named graph, written in the same
 * transaction as the data, so that a TDB2 database that has one holds a complete load.
 *
 * @param base the base the IRIs were minted under
 * @param loadedAt when the load finished
 * @param reports how many reports were converted
 * @param failures the inputs that could not be converted
 */
public record LoadRecord(String base, Instant loadedAt, int reports, List<String> failures) {
    /** The name of the graph the record is kept in. */
    public static final Node GRAPH = NodeFactory.createURI("urn:x-disclosure-kg:load");
    private static final Node SUBJECT = NodeFactory.createURI("urn:x-disclosure-kg:load#graph");
    private static final Node GENERATED = NodeFactory.createURI("http://www.w3.org/ns/prov#generatedAtTime");

    public LoadRecord {
        failures = List.copyOf(failures);
    }

    /** The record as triples. */
    public Graph toGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(SUBJECT, RDF.type.asNode(), VOID.Dataset.asNode());
        g.add(SUBJECT, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(base));
        g.add(SUBJECT, VOID.documents.asNode(), NodeFactory.createLiteralDT(Integer.toString(reports),
                XSDDatatype.XSDinteger));
        g.add(SUBJECT, GENERATED, NodeFactory.createLiteralDT(loadedAt.toString(), XSDDatatype.XSDdateTime));
        failures.forEach(f -> g.add(SUBJECT, RDFS.comment.asNode(), NodeFactory.createLiteralString(f)));
        return g;
    }

    /** Reads a record written by {@link #toGraph()}; empty when the graph holds none. */
    public static Optional<LoadRecord> fromGraph(Graph g) {
        Optional<Node> base = object(g, VOID.uriSpace.asNode());
        if (base.isEmpty()) {
            return Optional.empty();
        }
        int reports = object(g, VOID.documents.asNode()).map(n -> Integer.parseInt(n.getLiteralLexicalForm()))
                .orElse(0);
        Instant at = object(g, GENERATED).map(n -> Instant.parse(n.getLiteralLexicalForm())).orElse(Instant.EPOCH);
        List<String> failures = new ArrayList<>();
        g.find(SUBJECT, RDFS.comment.asNode(), Node.ANY).forEach(t -> failures.add(t.getObject().getLiteralLexicalForm()));
        failures.sort(null);
        return Optional.of(new LoadRecord(base.get().getLiteralLexicalForm(), at, reports, failures));
    }

    private static Optional<Node> object(Graph g, Node p) {
        return g.find(SUBJECT, p, Node.ANY).nextOptional().map(Triple::getObject);
    }
}
