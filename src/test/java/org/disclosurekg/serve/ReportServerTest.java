package org.disclosurekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.disclosurekg.map.TidyCsvWriter;
import org.disclosurekg.vocab.DKG;
import org.disclosurekg.vocab.Ontology;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server over the seeds, in the style of Jena's {@code TestPlainServer}: one server on a free loopback
 * port, checked over HTTP page by page (SPARQL itself is {@link SparqlEndpointTest}).
 */
class ReportServerTest {
    static ReportServer server;

    @BeforeAll
    static void start() {
        server = ReportServer.start(ServerOptions.defaults().withPort(0).withTimeout(5)
                .withInputs(List.of(Path.of("seeds"))));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<QuerySolution> select(String query) {
        HttpResponse<String> r = Http.get(server.url("/sparql?query=" + URLEncoder.encode(Sparql.prologue() + query,
                StandardCharsets.UTF_8)), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        return org.apache.jena.atlas.iterator.Iter.toList(rs);
    }

    static String path(String iri) {
        return server.publication().links().href(iri);
    }

    static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).parse(m);
        return m;
    }

    static void assertHtml(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.uri().toString());
        assertEquals("text/html", Http.mediaType(r));
        assertTrue(Http.utf8(r), r.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void pingAnswers() {
        assertEquals(200, Http.get(server.url("/$/ping")).statusCode());
    }

    @Test
    void theHomePageSaysWhatIsLoadedAndLinksEveryReport() {
        HttpResponse<String> r = Http.get(server.url("/"), "text/html");
        assertHtml(r);
        assertTrue(r.body().contains("政府信息公开工作年度报告知识图谱"), "the Chinese title, as UTF-8");
        List<QuerySolution> reports = select("SELECT ?r { ?r a dkg:AnnualReport }");
        assertEquals(5, reports.size(), "one report per seed");
        for (QuerySolution q : reports) {
            assertTrue(r.body().contains("href=\"" + path(q.getResource("r").getURI()) + "\""), q.toString());
        }
        long observations = select("SELECT ?o { ?o a qb:Observation }").size();
        assertTrue(r.body().contains(String.format("%,d", observations)), "the observation count, " + observations);
        for (String link : List.of("/query", "/sparql", "/download/", "/.well-known/void", "/ontology", "/quality")) {
            assertTrue(r.body().contains("href=\"" + link + "\""), link);
        }
    }

    @Test
    void theQueryPageServesYasguiFromTheJarWithTheExamples() throws IOException {
        HttpResponse<String> page = Http.get(server.url("/query"), "text/html");
        assertHtml(page);
        assertFalse(page.body().matches("(?s).*<(script|link)[^>]+(src|href)=\"(https?:)?//.*"), "no CDN");
        for (ExampleQuery q : ExampleQueries.read(Path.of("queries")).all()) {
            assertTrue(page.body().contains(Html.esc(q.title().split(" / ")[0])), q.name());
            assertEquals(200, Http.get(server.url("/queries/" + q.name())).statusCode(), q.name());
        }
        HttpResponse<byte[]> js = Http.bytes(server.url("/assets/yasgui/yasgui.min.js"));
        assertEquals(200, js.statusCode());
        assertEquals("text/javascript", Http.mediaType(js));
        assertTrue(js.body().length > 100_000, "the YASGUI bundle");
        assertEquals("text/css", Http.mediaType(Http.bytes(server.url("/assets/yasgui/yasgui.min.css"))));
        String prefixes = Http.get(server.url("/assets/prefixes.json")).body();
        assertTrue(prefixes.contains("\"dkg\":\"https://w3id.org/disclosure-kg/def#\""), prefixes);
        String script = Http.get(server.url("/assets/query.js")).body();
        assertTrue(script.contains("/assets/prefixes.json"), "prefixes come from this server, not prefix.cc");
    }

    @Test
    void aDivisionIsServedAsTurtleHtmlAndJsonLd() {
        List<QuerySolution> found = select("SELECT ?d { ?d skos:notation \"420105\" ; a dkg:Division }");
        assertEquals(1, found.size());
        String iri = found.get(0).getResource("d").getURI();
        HttpResponse<String> ttl = Http.get(server.url(path(iri)), "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertEquals("text/turtle", Http.mediaType(ttl));
        assertEquals("Accept", ttl.headers().firstValue("Vary").orElse(""));
        Resource d = parse(ttl.body(), Lang.TURTLE).getResource(iri);
        assertEquals("汉阳区", d.getProperty(SKOS.prefLabel).getString());
        assertTrue(d.hasProperty(SKOS.exactMatch), "linked to Wikidata");
        HttpResponse<String> html = Http.get(server.url(path(iri)), "text/html");
        assertHtml(html);
        assertTrue(html.body().contains("<h1>汉阳区"), "the division's name heads its page");
        HttpResponse<String> jsonld = Http.get(server.url(path(iri)), "application/ld+json");
        assertEquals("application/ld+json", Http.mediaType(jsonld));
        assertTrue(parse(jsonld.body(), Lang.JSONLD).getResource(iri).hasProperty(SKOS.notation, "420105"));
    }

    @Test
    void extensionsNameTheFormWithoutNegotiation() {
        String p = path(select("SELECT ?d { ?d skos:notation \"420105\" ; a dkg:Division }").get(0)
                .getResource("d").getURI());
        Map<String, String> types = Map.of(".ttl", "text/turtle", ".jsonld", "application/ld+json",
                ".nt", "application/n-triples", ".rdf", "application/rdf+xml", ".html", "text/html");
        types.forEach((ext, type) -> {
            HttpResponse<String> r = Http.get(server.url(p + ext), "text/html");
            assertEquals(200, r.statusCode(), ext);
            assertEquals(type, Http.mediaType(r), ext);
        });
        assertTrue(parse(Http.get(server.url(p + ".nt")).body(), Lang.NTRIPLES).size() > 3);
        assertTrue(parse(Http.get(server.url(p + ".rdf")).body(), Lang.RDFXML).size() > 3);
    }

    @Test
    void everyMintedIriIsDereferenceable() {
        String base = server.base();
        List<QuerySolution> minted = select("SELECT DISTINCT ?s { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"" + base
                + "\")) FILTER NOT EXISTS { ?s a dkg:Division } FILTER NOT EXISTS { ?s a qb:Observation } }");
        minted.addAll(select("SELECT ?s { ?s a qb:Observation } ORDER BY ?s LIMIT 25"));
        minted.addAll(select("SELECT ?s { ?s a dkg:Division } ORDER BY ?s LIMIT 25"));
        assertTrue(minted.size() > 60, minted.size() + " IRIs");
        for (QuerySolution q : minted) {
            String iri = q.getResource("s").getURI();
            HttpResponse<String> html = Http.get(server.url(path(iri)), "text/html");
            assertEquals(200, html.statusCode(), iri);
            HttpResponse<String> ttl = Http.get(server.url(path(iri)), "text/turtle");
            assertTrue(parse(ttl.body(), Lang.TURTLE).contains(parse(ttl.body(), Lang.TURTLE).getResource(iri), null,
                    (org.apache.jena.rdf.model.RDFNode) null), iri);
        }
    }

    @Test
    void unknownIrisAreNotFound() {
        HttpResponse<String> r = Http.get(server.url("/id/division/999999"), "text/turtle");
        assertEquals(404, r.statusCode());
        assertEquals(404, Http.get(server.url("/id/nothing/here.ttl")).statusCode());
        assertEquals(404, Http.get(server.url("/no/such/page")).statusCode());
    }

    @Test
    void aReportPageShowsEveryNumberAndEveryCheck() {
        QuerySolution top = select("SELECT ?r (COUNT(?o) AS ?n) { ?r a dkg:AnnualReport . ?o dkg:report ?r } "
                + "GROUP BY ?r ORDER BY DESC(?n) LIMIT 1").get(0);
        String report = top.getResource("r").getURI();
        HttpResponse<String> page = Http.get(server.url(path(report)), "text/html");
        assertHtml(page);
        assertTrue(page.body().contains("三、收到和处理政府信息公开申请情况"), "table 三 is laid out");
        List<QuerySolution> obs = select("SELECT ?o { ?o dkg:report <" + report + "> }");
        assertEquals(top.getLiteral("n").getInt(), obs.size());
        for (QuerySolution o : obs) {
            assertTrue(page.body().contains("href=\"" + path(o.getResource("o").getURI()) + "\""), o.toString());
        }
        for (QuerySolution c : select("SELECT ?c { ?c dqv:computedOn <" + report + "> }")) {
            assertTrue(page.body().contains(path(c.getResource("c").getURI())), c.toString());
        }
        Model ttl = parse(Http.get(server.url(path(report)), "text/turtle").body(), Lang.TURTLE);
        assertEquals(obs.size(), ttl.listSubjectsWithProperty(DKG.report, ttl.getResource(report)).toList().size(),
                "the report's RDF carries its observations");
    }

    @Test
    void anObservationPageQuotesItsSource() {
        QuerySolution o = select("SELECT ?o ?text ?line { ?o dkg:sourceText ?text ; dkg:sourceLine ?line } "
                + "ORDER BY ?o LIMIT 1").get(0);
        HttpResponse<String> page = Http.get(server.url(path(o.getResource("o").getURI())), "text/html");
        assertHtml(page);
        assertTrue(page.body().contains(Html.esc(o.getLiteral("text").getString())));
        assertTrue(page.body().contains("第 " + o.getLiteral("line").getString() + " 行"));
    }

    @Test
    void everyDownloadMatchesItsChecksumAndParses() throws IOException {
        String sums = Http.get(server.url("/download/SHA256SUMS")).body();
        Map<String, String> listed = new TreeMap<>();
        sums.lines().forEach(l -> listed.put(l.substring(66), l.substring(0, 64)));
        assertEquals(List.of("dataset.nq.gz", "graph.jsonld", "graph.nt.gz", "graph.ttl", "observations.csv"),
                List.copyOf(listed.keySet()));
        for (Map.Entry<String, String> e : listed.entrySet()) {
            HttpResponse<byte[]> r = Http.bytes(server.url("/download/" + e.getKey()));
            assertEquals(200, r.statusCode(), e.getKey());
            assertEquals(e.getValue(), sha256(r.body()), e.getKey());
            assertEquals(r.body().length, Long.parseLong(r.headers().firstValue("Content-Length").orElse("-1")));
        }
        long triples = server.publication().store().tripleCount();
        assertEquals(triples, parse(new String(Http.bytes(server.url("/download/graph.ttl")).body(),
                StandardCharsets.UTF_8), Lang.TURTLE).size());
        Model nt = ModelFactory.createDefaultModel();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(
                Http.bytes(server.url("/download/graph.nt.gz")).body()))) {
            RDFParser.source(in).lang(Lang.NTRIPLES).parse(nt);
        }
        assertEquals(triples, nt.size());
        assertEquals(triples, parse(Http.get(server.url("/download/graph.jsonld")).body(), Lang.JSONLD).size());
        String csv = Http.get(server.url("/download/observations.csv")).body();
        assertEquals(String.join(",", TidyCsvWriter.COLUMNS), csv.lines().findFirst().orElse(""));
        assertEquals("text/csv", Http.mediaType(Http.bytes(server.url("/download/observations.csv"))));
        assertEquals("application/gzip", Http.mediaType(Http.bytes(server.url("/download/graph.nt.gz"))));
        assertEquals("text/turtle", Http.mediaType(Http.bytes(server.url("/download/graph.ttl"))));
    }

    @Test
    void theVoidDescriptionNamesTheEndpointAndTheDumps() {
        HttpResponse<String> r = Http.get(server.url("/.well-known/void"));
        assertEquals(200, r.statusCode());
        assertEquals("text/turtle", Http.mediaType(r));
        Model m = parse(r.body(), Lang.TURTLE);
        Resource ds = m.getResource(VoidDescription.datasetIri(server.publication().links()));
        assertTrue(ds.hasProperty(VOID.sparqlEndpoint, m.getResource(server.url("/sparql"))), r.body());
        assertEquals(server.publication().store().tripleCount(), ds.getProperty(VOID.triples).getLong());
        assertTrue(ds.hasProperty(org.apache.jena.vocabulary.DCTerms.license,
                m.getResource("https://creativecommons.org/licenses/by/4.0/")));
        for (Download d : server.publication().downloads().files()) {
            Resource dist = m.listResourcesWithProperty(DCAT.downloadURL, m.getResource(server.url("/download/"
                    + d.name()))).next();
            assertTrue(ds.hasProperty(DCAT.distribution, dist), d.name());
            assertEquals(d.size(), dist.getProperty(DCAT.byteSize).getLong(), d.name());
            Resource checksum = dist.getPropertyResourceValue(m.createProperty(VoidDescription.SPDX, "checksum"));
            assertEquals(d.sha256(), checksum.getProperty(m.createProperty(VoidDescription.SPDX, "checksumValue"))
                    .getString(), d.name());
            assertFalse(checksum.isAnon(), "no blank nodes");
        }
        assertTrue(m.listSubjectsWithProperty(VOID.linkPredicate, SKOS.exactMatch).hasNext(), "the Wikidata linkset");
        assertEquals("text/html", Http.mediaType(Http.get(server.url("/.well-known/void"), "text/html")));
        assertEquals("application/ld+json",
                Http.mediaType(Http.get(server.url("/.well-known/void"), "application/ld+json")));
    }

    @Test
    void theOntologyIsServedAsTurtleAndAsAPage() {
        HttpResponse<String> ttl = Http.get(server.url("/ontology"), "text/turtle");
        assertEquals("text/turtle", Http.mediaType(ttl));
        Model served = parse(ttl.body(), Lang.TURTLE);
        assertTrue(served.isIsomorphicWith(Ontology.model()), "the ontology as bundled");
        assertTrue(parse(Http.get(server.url("/ontology.ttl")).body(), Lang.TURTLE).isIsomorphicWith(served));
        HttpResponse<String> html = Http.get(server.url("/ontology"), "text/html");
        assertHtml(html);
        served.listSubjectsWithProperty(RDF.type, OWL.Class).forEach(c -> assertTrue(html.body().contains(
                "id=\"" + Links.anchor(c.getURI()) + "\""), c.getURI()));
        assertTrue(html.body().contains("勾稽关系核对"), "class labels in Chinese");
    }

    @Test
    void theQualityPageListsEveryReportsChecks() {
        HttpResponse<String> r = Http.get(server.url("/quality"), "text/html");
        assertHtml(r);
        for (QuerySolution q : select("SELECT ?r { ?r a dkg:AnnualReport }")) {
            assertTrue(r.body().contains(path(q.getResource("r").getURI())), q.toString());
        }
        for (QuerySolution n : select("SELECT ?n ?code { ?n a dkg:ExtractionNote ; dkg:noteCode ?code }")) {
            assertTrue(r.body().contains(Html.esc(n.getLiteral("code").getString())), n.toString());
        }
    }

    @Test
    void everyReportIsItsOwnNamedGraphAndTheDefaultGraphIsTheUnion() {
        for (QuerySolution q : select("SELECT ?r { ?r a dkg:AnnualReport }")) {
            String r = q.getResource("r").getURI();
            HttpResponse<String> g = Http.get(server.url("/reports?graph=" + URLEncoder.encode(r,
                    StandardCharsets.UTF_8)), "text/turtle");
            assertEquals(200, g.statusCode(), r);
            assertTrue(parse(g.body(), Lang.TURTLE).contains(parse(g.body(), Lang.TURTLE).getResource(r), RDF.type,
                    DKG.AnnualReport), r);
        }
        assertEquals(1, select("SELECT ?g { GRAPH ?g { ?g a owl:Ontology } }").size(), "the ontology's graph");
        assertEquals(1, select("SELECT ?g { GRAPH ?g { ?g a skos:ConceptScheme ; skos:hasTopConcept ?t } } "
                + "GROUP BY ?g").size(), "the division scheme's graph");
        assertTrue(select("SELECT (COUNT(?d) AS ?n) { ?d a dkg:Division }").get(0).getLiteral("n").getInt() > 3000,
                "every division of the gazetteer");
    }

    @Test
    void withABaseIrisAreMintedThereAndServedHere() {
        try (ReportServer based = ReportServer.start(ServerOptions.defaults().withPort(0)
                .withBase("https://example.org/").withInputs(List.of(Path.of("seeds"))))) {
            HttpResponse<String> r = Http.get(based.url("/id/division/420105"), "text/turtle");
            assertEquals(200, r.statusCode());
            Resource d = parse(r.body(), Lang.TURTLE).getResource("https://example.org/id/division/420105");
            assertEquals("汉阳区", d.getProperty(SKOS.prefLabel).getString());
            assertTrue(Http.get(based.url("/.well-known/void")).body().contains("<https://example.org/sparql>"));
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
