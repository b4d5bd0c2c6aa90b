package org.disclosurekg.map;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.disclosurekg.vocab.DKG;
import org.disclosurekg.vocab.Ontology;

/**
 * What the mapper looks up in the code lists rather than in Java: which pre-2019 indicator means which
 * concept (their {@code skos:altLabel}s), which channel a narrative metric counts for, and which code list
 * a rule's checks are about.
 */
final class Codes {
    private static final Codes DEFAULT = new Codes(Ontology.model());

    private final Model ontology;
    private final Map<String, Resource> legacyLabels;

    Codes(Model ontology) {
        this.ontology = ontology;
        this.legacyLabels = altLabels(ontology);
    }

    /** The code lists of the bundled ontology. */
    static Codes get() {
        return DEFAULT;
    }

    /** True when the ontology declares this concept. */
    boolean declares(Resource concept) {
        return ontology.contains(concept, SKOS.inScheme);
    }

    /** The concept a printed pre-2019 indicator means, if one of the code lists names it so. */
    Optional<Resource> legacyConcept(String indicator) {
        return Optional.ofNullable(legacyLabels.get(indicator));
    }

    /** The channel a narrative metric counts for, if any. */
    Optional<Resource> channelOf(Resource metric) {
        return object(metric, DKG.metricChannel);
    }

    /** The code list whose concepts the checks of a rule are about, if the rule has one. */
    Optional<Resource> subjectScheme(Resource rule) {
        return object(rule, DKG.subjectScheme);
    }

    /** The notation of a concept. */
    Optional<String> notation(Resource concept) {
        Statement s = ontology.getProperty(concept, SKOS.notation);
        return s == null ? Optional.empty() : Optional.of(s.getString());
    }

    private Optional<Resource> object(Resource subject, org.apache.jena.rdf.model.Property property) {
        Statement s = ontology.getProperty(subject, property);
        return s == null || !s.getObject().isURIResource() ? Optional.empty() : Optional.of(s.getResource());
    }

    /** Every {@code skos:altLabel} of a concept, a label naming one concept only. */
    private static Map<String, Resource> altLabels(Model ontology) {
        Map<String, Resource> labels = new HashMap<>();
        ontology.listStatements(null, SKOS.altLabel, (RDFNode) null).forEach(s -> {
            Resource previous = labels.put(s.getString(), s.getSubject());
            if (previous != null && !previous.equals(s.getSubject())) {
                throw new IllegalStateException("skos:altLabel \"" + s.getString() + "\" names both "
                        + previous + " and " + s.getSubject());
            }
        });
        return labels;
    }
}
