package org.disclosurekg.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;

/**
 * Finds the IRIs of the project's ontology namespace that a graph uses (as class, property or concept)
 * but the ontology does not declare: a typo, or a key the code lists do not have yet.
 */
final class UndeclaredTerms {
    /** Every ontology term and code-list concept starts with this. */
    static final String NAMESPACE = "https://w3id.org/disclosure-kg/def";

    private final Model ontology;
    private final PrefixMapping prefixes;

    UndeclaredTerms(Model ontology, PrefixMapping prefixes) {
        this.ontology = ontology;
        this.prefixes = prefixes;
    }

    /** One message per undeclared term, sorted, saying how it is used. */
    List<String> find(Model graph) {
        Map<String, String> uses = new TreeMap<>();
        graph.getGraph().find().forEachRemaining(t -> record(t, uses));
        List<String> problems = new ArrayList<>();
        uses.forEach((iri, use) -> problems.add("undeclared term " + ReportValidator.shortForm(prefixes, iri) + " (used as " + use
                + "): it is not declared in the ontology (ontology/dkg.ttl, ontology/dkg-codes.ttl)"));
        return problems;
    }

    private void record(Triple t, Map<String, String> uses) {
        check(t.getPredicate(), "property", uses);
        check(t.getObject(), t.getPredicate().equals(RDF.type.asNode()) ? "class" : "value", uses);
        check(t.getSubject(), "subject", uses);
    }

    private void check(Node node, String use, Map<String, String> uses) {
        if (node.isURI() && node.getURI().startsWith(NAMESPACE) && !declared(node)) {
            uses.putIfAbsent(node.getURI(), use);
        }
    }

    private boolean declared(Node node) {
        return ontology.getGraph().contains(node, RDF.type.asNode(), Node.ANY);
    }
}
