package org.disclosurekg.serve;

import java.time.Instant;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

/**
 * The VoID and DCAT description of the publication ({@code /.well-known/void}): size, endpoint, dumps with
 * byte sizes and SHA-256 checksums, licences, sources, vocabularies and the Wikidata linkset. Hash IRIs
 * under the description's address, no blank nodes.
 */
public final class VoidDescription {
    /** Our licence for the graph. */
    public static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";
    static final String SPDX = "http://spdx.org/rdf/terms#";

    private VoidDescription() {
    }

    /** The IRI of the description document. */
    public static String documentIri(Links links) {
        return links.base() + ".well-known/void";
    }

    /** The IRI of the dataset the description is about. */
    public static String datasetIri(Links links) {
        return documentIri(links) + "#dataset";
    }

    /** Describes what the store holds and what the downloads offer. */
    public static Model describe(Links links, DatasetGraph dataset, Downloads downloads, Instant loadedAt) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(QueryPrefixes.mapping());
        String doc = documentIri(links);
        Resource ds = m.createResource(datasetIri(links), VOID.Dataset).addProperty(RDF.type, DCAT.Dataset);
        m.createResource(doc, VOID.DatasetDescription).addProperty(m.createProperty("http://xmlns.com/foaf/0.1/",
                "primaryTopic"), ds).addProperty(DCTerms.title, "VoID description of Disclosure KG", "en");
        about(m, ds, links, loadedAt);
        size(m, ds, dataset);
        access(m, ds, links, dataset, doc);
        downloads.files().forEach(f -> VoidDistributions.add(m, ds, links, doc, f));
        VoidDistributions.wikidataLinkset(m, ds, dataset);
        return m;
    }

    private static void about(Model m, Resource ds, Links links, Instant loadedAt) {
        ds.addProperty(DCTerms.title, "政府信息公开工作年度报告知识图谱", "zh-Hans")
                .addProperty(DCTerms.title, "Disclosure KG: Chinese government information-disclosure annual reports", "en")
                .addProperty(DCTerms.description, "各级行政机关政府信息公开工作年度报告中的数字（主动公开、依申请公开、"
                        + "行政复议和行政诉讼），每个数字附有原文出处，并公开报告自身的勾稽关系核对结果。", "zh-Hans")
                .addProperty(DCTerms.description, "The numbers of government information-disclosure annual reports "
                        + "(proactive disclosure, applications, reconsideration and litigation) as W3C Data Cube "
                        + "observations, each with the sentence or cell it was read from, and the reports' own "
                        + "accounting identities checked in the open.", "en")
                .addProperty(DCTerms.license, m.createResource(LICENCE))
                .addProperty(DCTerms.rights, "年度报告系行政机关依《中华人民共和国政府信息公开条例》主动公开的政府信息；"
                        + "本知识图谱（结构、链接、核对结果）以 CC BY 4.0 发布。", "zh-Hans")
                .addProperty(DCTerms.rights, "The annual reports are public government information, disclosed "
                        + "proactively under the PRC Regulations on Open Government Information. This graph (its "
                        + "structure, links and checks) is published under CC BY 4.0.", "en")
                .addProperty(DCTerms.source, "各行政机关门户网站“政府信息公开年报”栏目发布的年度报告原文（每份报告的 "
                        + "dkg:sourceFileName、dkg:sha256 与 dkg:sourceUrl 记录其来源文件）。", "zh-Hans")
                .addProperty(DCTerms.source, "The annual reports as published by each body (each report records its "
                        + "source file with dkg:sourceFileName, dkg:sha256 and, where known, dkg:sourceUrl).", "en")
                .addProperty(DCTerms.modified, m.createTypedLiteral(loadedAt.toString(), XSDDatatype.XSDdateTime))
                .addProperty(DCTerms.language, m.createResource("http://id.loc.gov/vocabulary/iso639-1/zh"))
                .addProperty(VOID.uriSpace, links.base() + "id/")
                .addProperty(DCTerms.conformsTo, m.createResource("http://purl.org/linked-data/cube"));
        for (String v : new String[] {Links.ONTOLOGY + "#", "http://purl.org/linked-data/cube#",
                "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/ns/prov#", "http://www.w3.org/ns/dqv#",
                "http://www.w3.org/ns/org#", "http://purl.org/dc/terms/"}) {
            ds.addProperty(VOID.vocabulary, m.createResource(v));
        }
        ds.addProperty(m.createProperty("http://www.w3.org/ns/dqv#", "hasQualityMeasurement"), m.createResource(
                links.base() + "quality"));
    }

    private static void size(Model m, Resource ds, DatasetGraph dataset) {
        ds.addProperty(VOID.triples, integer(m, Sparql.count(dataset, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")));
        ds.addProperty(VOID.documents, integer(m, Sparql.count(dataset,
                "SELECT (COUNT(?r) AS ?n) { ?r a dkg:AnnualReport }")));
        ds.addProperty(VOID.distinctSubjects, integer(m, Sparql.count(dataset,
                "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }")));
        for (Binding row : Sparql.select(dataset,
                "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c } GROUP BY ?c ORDER BY ?c")) {
            Node c = row.get("c");
            if (!c.isURI()) {
                continue;
            }
            String name = m.shortForm(c.getURI()).replaceAll("[^A-Za-z0-9_-]", "-");
            Resource part = m.createResource(ds.getURI() + "-class-" + name);
            part.addProperty(VOID._class, m.createResource(c.getURI()))
                    .addProperty(VOID.entities, integer(m, Long.parseLong(row.get("n").getLiteralLexicalForm())));
            ds.addProperty(VOID.classPartition, part);
        }
    }

    /** A count as {@code xsd:integer}, as VoID's examples write it. */
    static Literal integer(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static void access(Model m, Resource ds, Links links, DatasetGraph dataset, String doc) {
        Resource endpoint = m.createResource(links.base() + "sparql");
        ds.addProperty(VOID.sparqlEndpoint, endpoint).addProperty(VOID.rootResource, m.createResource(links.base()));
        Sparql.select(dataset, "SELECT ?r { ?r a dkg:AnnualReport } ORDER BY ?r LIMIT 3")
                .forEach(row -> ds.addProperty(VOID.exampleResource, m.createResource(row.get("r").getURI())));
        Resource service = m.createResource(doc + "#sparql-service", DCAT.DataService)
                .addProperty(DCAT.endpointURL, endpoint)
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"))
                .addProperty(DCAT.servesDataset, ds)
                .addProperty(DCTerms.title, "SPARQL 查询服务（只读）", "zh-Hans")
                .addProperty(DCTerms.title, "SPARQL query service (read-only)", "en");
        ds.addProperty(m.createProperty(DCAT.NS, "service"), service);
    }
}
