package org.disclosurekg.vocab;

import org.apache.jena.rdf.model.Resource;

/** The code lists of {@code ontology/dkg-codes.ttl}, by scheme name. */
public enum CodeList {
    APPLICATION_ROW("application-row"),
    APPLICANT("applicant"),
    PROCEEDING("proceeding"),
    PROCEEDING_OUTCOME("proceeding-outcome"),
    PROACTIVE_ITEM("proactive-item"),
    PROACTIVE_STATISTIC("proactive-statistic"),
    NARRATIVE("narrative"),
    CHANNEL("channel"),
    LEGACY_COLUMN("legacy-column"),
    TABLE("table"),
    TEMPLATE("template"),
    STATUS("status"),
    LEVEL("level"),
    RULE("rule");

    private final String scheme;

    CodeList(String scheme) {
        this.scheme = scheme;
    }

    /** The scheme name, the path segment of its IRIs. */
    public String schemeName() {
        return scheme;
    }

    /** The concept scheme. */
    public Resource scheme() {
        return DKG.scheme(scheme);
    }

    /** The concept with this notation (a tidy-CSV key). */
    public Resource concept(String notation) {
        return DKG.code(scheme, notation);
    }
}
