package org.disclosurekg.serve;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.disclosurekg.vocab.Prefixes;

/**
 * The prefixes the server writes RDF and queries with: the project's own ({@link Prefixes#standard()}) and
 * those the VoID description and the Wikidata examples need.
 */
public final class QueryPrefixes {
    private static final PrefixMapping MAPPING = Prefixes.standard()
            .setNsPrefix("spdx", "http://spdx.org/rdf/terms#")
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("wdt", "http://www.wikidata.org/prop/direct/")
            .setNsPrefix("wikibase", "http://wikiba.se/ontology#")
            .setNsPrefix("bd", "http://www.bigdata.com/rdf#")
            .setNsPrefix("schema", "http://schema.org/")
            .lock();

    private QueryPrefixes() {
    }

    /** The prefixes some IRI of the graph starts with, so that a small description does not list them all. */
    public static PrefixMapping usedIn(Graph graph) {
        Set<String> iris = new HashSet<>();
        graph.find().forEach(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                if (n.isURI()) {
                    iris.add(n.getURI());
                } else if (n.isLiteral() && n.getLiteralDatatypeURI() != null) {
                    iris.add(n.getLiteralDatatypeURI());
                }
            }
        });
        PrefixMapping used = PrefixMapping.Factory.create();
        MAPPING.getNsPrefixMap().forEach((prefix, ns) -> {
            if (iris.stream().anyMatch(iri -> iri.startsWith(ns))) {
                used.setNsPrefix(prefix, ns);
            }
        });
        return used;
    }

    /** A read-only mapping of the prefixes. */
    public static PrefixMapping mapping() {
        return MAPPING;
    }
}
