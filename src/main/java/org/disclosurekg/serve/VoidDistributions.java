package org.disclosurekg.serve;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
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

    /**
     * Adds the linksets of {@code skos:exactMatch} links to Wikidata as the graph describes them (where they
     * came from, under which licence), with how many links each holds.
     */
    static void wikidataLinkset(Model m, Resource ds, DatasetGraph dataset) {
        long links = Sparql.count(dataset, "SELECT (COUNT(*) AS ?n) { ?d skos:exactMatch ?w "
                + "FILTER(STRSTARTS(STR(?w), \"http://www.wikidata.org/entity/\")) }");
        for (Binding b : Sparql.select(dataset, "SELECT DISTINCT ?l { ?l a void:Linkset ; void:linkPredicate "
                + "skos:exactMatch } ORDER BY ?l")) {
            Node linkset = b.get("l");
            Txn.executeRead(dataset, () -> dataset.getDefaultGraph().find(linkset, Node.ANY, Node.ANY)
                    .forEach(t -> m.getGraph().add(t)));
            Resource r = m.getResource(linkset.getURI()).addProperty(VOID.triples, VoidDescription.integer(m, links));
            ds.addProperty(VOID.subset, r);
            r.listProperties(VOID.objectsTarget).toList().forEach(t -> t.getResource()
                    .addProperty(RDF.type, VOID.Dataset)
                    .addProperty(DCTerms.title, "Wikidata", "en")
                    .addProperty(m.createProperty("http://xmlns.com/foaf/0.1/", "homepage"),
                            m.createResource("https://www.wikidata.org/"))
                    .addProperty(VOID.sparqlEndpoint, m.createResource("https://query.wikidata.org/sparql"))
                    .addProperty(VOID.uriSpace, "http://www.wikidata.org/entity/"));
        }
    }

    private static String innerMediaType(String name) {
        return name.endsWith(".nq.gz") ? "application/n-quads" : "application/n-triples";
    }

    private static Property spdx(Model m, String local) {
        return m.createProperty(VoidDescription.SPDX, local);
    }
}
