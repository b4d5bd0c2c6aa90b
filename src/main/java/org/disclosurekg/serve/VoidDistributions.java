package org.disclosurekg.serve;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;

/** The parts of the VoID description about files and links: one distribution per dump, and the Wikidata linkset. */
final class VoidDistributions {
    private static final String IANA = "http://www.iana.org/assignments/media-types/";

    private VoidDistributions() {
    }

    /** Adds a {@code dcat:Distribution} for a dump, with its size and SHA-256 as an {@code spdx:Checksum}. */
    static void add(Model m, Resource ds, Links links, String doc, Download file) {
        String fragment = doc + "#" + file.name().replaceAll("[^A-Za-z0-9_-]", "-");
        Resource url = m.createResource(links.base() + "download/" + file.name());
        Resource checksum = m.createResource(fragment + "-sha256", m.createResource(VoidDescription.SPDX + "Checksum"))
                .addProperty(spdx(m, "algorithm"), m.createResource(VoidDescription.SPDX + "checksumAlgorithm_sha256"))
                .addProperty(spdx(m, "checksumValue"), m.createTypedLiteral(file.sha256(), XSDDatatype.XSDhexBinary));
        Resource dist = m.createResource(fragment, DCAT.Distribution)
                .addProperty(DCTerms.title, file.titleZh(), "zh-Hans")
                .addProperty(DCTerms.title, file.titleEn(), "en")
                .addProperty(DCAT.downloadURL, url)
                .addProperty(DCAT.accessURL, m.createResource(links.base() + "download/"))
                .addProperty(DCAT.byteSize, m.createTypedLiteral(Long.toString(file.size()),
                        XSDDatatype.XSDnonNegativeInteger))
                .addProperty(spdx(m, "checksum"), checksum)
                .addProperty(DCTerms.license, m.createResource(VoidDescription.LICENCE));
        String media = file.name().endsWith(".gz") ? innerMediaType(file.name()) : file.mediaType().split(";")[0];
        dist.addProperty(DCAT.mediaType, m.createResource(IANA + media));
        if (file.name().endsWith(".gz")) {
            dist.addProperty(DCAT.compressFormat, m.createResource(IANA + "application/gzip"));
        }
        ds.addProperty(DCAT.distribution, dist);
        if (!file.name().endsWith(".csv")) {
            ds.addProperty(VOID.dataDump, url);
        }
    }

    /** Adds the linkset of {@code skos:exactMatch} links to Wikidata items, with where they came from. */
    static void wikidataLinkset(Model m, Resource ds, DatasetGraph dataset, String doc) {
        long links = Sparql.count(dataset, "SELECT (COUNT(*) AS ?n) { ?d skos:exactMatch ?w "
                + "FILTER(STRSTARTS(STR(?w), \"http://www.wikidata.org/entity/\")) }");
        Resource wikidata = m.createResource(doc + "#wikidata", VOID.Dataset)
                .addProperty(DCTerms.title, "Wikidata", "en")
                .addProperty(m.createProperty("http://xmlns.com/foaf/0.1/", "homepage"),
                        m.createResource("https://www.wikidata.org/"))
                .addProperty(VOID.sparqlEndpoint, m.createResource("https://query.wikidata.org/sparql"))
                .addProperty(VOID.uriSpace, "http://www.wikidata.org/entity/");
        Resource linkset = m.createResource(doc + "#wikidata-links", VOID.Linkset)
                .addProperty(VOID.linkPredicate, SKOS.exactMatch)
                .addProperty(VOID.subjectsTarget, ds)
                .addProperty(VOID.objectsTarget, wikidata)
                .addLiteral(VOID.triples, links)
                .addProperty(DCTerms.source, m.createResource(VoidDescription.WIKIDATA_SOURCE))
                .addProperty(DCTerms.license, m.createResource("https://creativecommons.org/publicdomain/zero/1.0/"))
                .addProperty(DCTerms.description, "行政区划与维基数据条目的对应：以条目的 P442（中国行政区划代码）"
                        + "与代码及中文名称一致为准，取自 2026-10-03 的维基数据快照（CC0）。", "zh-Hans")
                .addProperty(DCTerms.description, "Divisions linked to the Wikidata items that carry their code in "
                        + "P442 (China administrative division code) under the same Chinese name; from a Wikidata "
                        + "snapshot retrieved 2026-10-03 (CC0), copied without edits.", "en");
        ds.addProperty(VOID.subset, linkset);
    }

    private static String innerMediaType(String name) {
        return name.endsWith(".nq.gz") ? "application/n-quads" : "application/n-triples";
    }

    private static Property spdx(Model m, String local) {
        return m.createProperty(VoidDescription.SPDX, local);
    }
}
