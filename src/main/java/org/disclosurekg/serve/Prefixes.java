package org.disclosurekg.serve;

import org.apache.jena.shared.PrefixMapping;

/** The prefixes of the vocabularies the graph uses, for written RDF, example queries and the query editor. */
public final class Prefixes {
    private static final PrefixMapping MAPPING = build();

    private Prefixes() {
    }

    /** A read-only mapping of the project's prefixes. */
    public static PrefixMapping mapping() {
        return MAPPING;
    }

    private static PrefixMapping build() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("dkg", "https://w3id.org/disclosure-kg/def#");
        pm.setNsPrefix("code", "https://w3id.org/disclosure-kg/def/code/");
        pm.setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        pm.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        pm.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        pm.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        pm.setNsPrefix("qb", "http://purl.org/linked-data/cube#");
        pm.setNsPrefix("sdmx-dimension", "http://purl.org/linked-data/sdmx/2009/dimension#");
        pm.setNsPrefix("sdmx-measure", "http://purl.org/linked-data/sdmx/2009/measure#");
        pm.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        pm.setNsPrefix("dcat", "http://www.w3.org/ns/dcat#");
        pm.setNsPrefix("dcterms", "http://purl.org/dc/terms/");
        pm.setNsPrefix("void", "http://rdfs.org/ns/void#");
        pm.setNsPrefix("org", "http://www.w3.org/ns/org#");
        pm.setNsPrefix("dqv", "http://www.w3.org/ns/dqv#");
        pm.setNsPrefix("oa", "http://www.w3.org/ns/oa#");
        pm.setNsPrefix("spdx", "http://spdx.org/rdf/terms#");
        pm.setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/");
        pm.setNsPrefix("wd", "http://www.wikidata.org/entity/");
        pm.setNsPrefix("wdt", "http://www.wikidata.org/prop/direct/");
        pm.setNsPrefix("schema", "http://schema.org/");
        return pm.lock();
    }
}
