package org.disclosurekg.map;

import org.disclosurekg.extract.ReportIdentity;

/** The one place data IRIs are minted, all below a configurable base ending in {@code /}. */
public final class Iris {
    /** The persistent base of published data. */
    public static final String DEFAULT_BASE = "https://w3id.org/disclosure-kg/";

    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    /** The report's IRI: {@code id/report/{division}/{year}}, with a body segment for non-government bodies. */
    public String report(ReportIdentity identity) {
        return base + "id/report/" + (identity.divisionCode() == null ? "x" : identity.divisionCode()) + "/"
                + (identity.year() == null ? "unknown" : identity.year());
    }
}
