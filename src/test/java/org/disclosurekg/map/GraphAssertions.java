package org.disclosurekg.map;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringWriter;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.disclosurekg.vocab.Prefixes;

/** Graph comparisons for tests: isomorphism with a missing / unexpected diff printed as Turtle. */
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

    /** Fails with the missing and the unexpected triples unless the graphs are isomorphic. */
    static void assertIsomorphic(Model expected, Model actual) {
        if (actual.isIsomorphicWith(expected)) {
            return;
        }
        fail("graphs differ\n--- missing (expected, not produced):\n" + turtle(expected.difference(actual))
                + "--- unexpected (produced, not expected):\n" + turtle(actual.difference(expected)));
    }

    private static String turtle(Model model) {
        model.setNsPrefixes(Prefixes.withBase(Iris.DEFAULT_BASE));
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
        return out.toString().lines().filter(l -> !l.startsWith("PREFIX")).reduce("", (a, b) -> a + b + "\n");
    }
}
