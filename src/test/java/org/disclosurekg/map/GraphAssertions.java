package org.disclosurekg.map;

import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.disclosurekg.fixtures.GraphDiff;
import org.disclosurekg.vocab.Prefixes;

/** Graph helpers of the mapper tests: inline Turtle, one subject's triples, and the shared {@link GraphDiff} check. */
final class GraphAssertions {
    /** The data base used by the tests; relative IRIs in expected Turtle resolve against it. */
    static final String BASE = Iris.DEFAULT_BASE + "id/";

    private GraphAssertions() {
    }

    /** Parses Turtle written with the project prefixes and {@link #BASE} as base. */
    static Model turtle(String body) {
        StringBuilder ttl = new StringBuilder();
        for (Map.Entry<String, String> p : Prefixes.standard().getNsPrefixMap().entrySet()) {
            ttl.append("PREFIX ").append(p.getKey()).append(": <").append(p.getValue()).append(">\n");
        }
        ttl.append("BASE <").append(BASE).append(">\n").append(body);
        return RDFParser.fromString(ttl.toString(), Lang.TURTLE).toModel();
    }

    /** The triples with this subject. */
    static Model about(Model model, Resource subject) {
        return ModelFactory.createDefaultModel().add(model.listStatements(subject, null, (RDFNode) null));
    }

    /** Fails with the missing and the unexpected triples unless the graphs are isomorphic (see {@link GraphDiff}). */
    static void assertIsomorphic(Model expected, Model actual) {
        GraphDiff.assertIsomorphic(expected, actual);
    }
}
