package org.disclosurekg.serve;

import org.apache.jena.rdf.model.Model;

/**
 * One graph to publish under its own name.
 *
 * @param iri the graph name: a report's IRI, the ontology's IRI or the division scheme's IRI
 * @param kind what the graph holds
 * @param model its triples
 */
public record NamedGraph(String iri, Kind kind, Model model) {
    /** What a named graph holds. */
    public enum Kind { REPORT, ONTOLOGY, DIVISIONS }
}
