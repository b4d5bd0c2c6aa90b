package org.disclosurekg.serve;

import org.disclosurekg.vocab.DKG;

/**
 * Maps between the IRIs the graph mints (under the base) and this server's paths, so that pages link to
 * where a resource is served whatever base it was minted under.
 */
public final class Links {
    /** The namespace of the ontology and its code lists, served by {@code /ontology}. */
    public static final String ONTOLOGY = DKG.ONTOLOGY;

    private final String base;

    public Links(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** The base IRIs are minted under, ending in {@code /}. */
    public String base() {
        return base;
    }

    /** The IRI served at a server path such as {@code /id/division/420105}. */
    public String iri(String path) {
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** Where a browser on this server finds the IRI: a local path for our own, the IRI itself for others. */
    public String href(String iri) {
        if (iri.startsWith(base)) {
            return "/" + iri.substring(base.length());
        }
        if (iri.startsWith(ONTOLOGY)) {
            return "/ontology#" + anchor(iri);
        }
        return iri;
    }

    /** The fragment the ontology page gives a term of the ontology namespace. */
    public static String anchor(String iri) {
        String rest = iri.substring(Math.min(iri.length(), ONTOLOGY.length()));
        return rest.replaceFirst("^[#/]", "").replaceAll("[^A-Za-z0-9._-]", "-");
    }
}
