package org.disclosurekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.disclosurekg.vocab.DKG;
import org.disclosurekg.vocab.DQV;
import org.disclosurekg.vocab.QB;
import org.disclosurekg.vocab.SDMX;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages over a small graph made here, with markup in its literals as a hostile report might have:
 * every page escapes it, the RDF forms carry it as data, and IRIs minted under another base are served.
 */
class ResourcePagesTest {
    static final String SCRIPT = "<script>alert(\"x\")</script>";
    static ReportServer server;

    @BeforeAll
    static void start() {
        server = ReportServer.start(ServerOptions.defaults().withPort(0).withBase("https://example.org/kg/"),
                base -> new GraphContent(List.of(new NamedGraph(base + "id/report/x/2020", NamedGraph.Kind.REPORT,
                        report(base))), "source\n", List.of("bad.txt: " + SCRIPT)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Model report(String base) {
        Model m = ModelFactory.createDefaultModel();
        Resource r = m.createResource(base + "id/report/x/2020", DKG.AnnualReport)
                .addProperty(RDFS.label, "年报 " + SCRIPT, "zh")
                .addProperty(DKG.sourceFileName, SCRIPT + ".txt");
        m.createResource(base + "id/report/x/2020/obs/t3/newReceived/total", QB.Observation)
                .addProperty(DKG.report, r)
                .addProperty(DKG.reportTable, m.createResource(DKG.CODE_NS + "table/t3"))
                .addProperty(DKG.applicationRow, m.createResource(DKG.CODE_NS + "application-row/newReceived"))
                .addProperty(DKG.applicantType, m.createResource(DKG.CODE_NS + "applicant/total"))
                .addProperty(DKG.scope, DKG.wholeReport)
                .addLiteral(SDMX.obsValue, m.createTypedLiteral(new BigDecimal("12")))
                .addProperty(DKG.sourceText, "本年新收 " + SCRIPT + " | 12", "zh")
                .addLiteral(DKG.sourceLine, 7);
        m.createResource(base + "id/report/x/2020/check/rowSum/total", DKG.AccountingCheck)
                .addProperty(DQV.computedOn, r)
                .addLiteral(DQV.value, false)
                .addProperty(RDFS.comment, "sums to 13, " + SCRIPT + " says 12", "en");
        return m;
    }

    static void assertEscaped(String path) {
        HttpResponse<String> r = Http.get(server.url(path), "text/html");
        assertEquals(200, r.statusCode(), path);
        assertFalse(r.body().contains(SCRIPT), path + " carries the raw markup");
        assertFalse(r.body().contains("<script>alert"), path);
        assertTrue(r.body().contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"), path + " shows it as text");
    }

    @Test
    void everyPageEscapesTextFromTheReports() {
        for (String p : List.of("/", "/id/report/x/2020", "/id/report/x/2020/obs/t3/newReceived/total",
                "/id/report/x/2020/check/rowSum/total", "/quality")) {
            assertEscaped(p);
        }
    }

    @Test
    void theRdfFormsCarryTheTextAsData() {
        HttpResponse<String> r = Http.get(server.url("/id/report/x/2020/obs/t3/newReceived/total.ttl"));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        assertTrue(m.getResource("https://example.org/kg/id/report/x/2020/obs/t3/newReceived/total")
                .getProperty(DKG.sourceText).getString().contains(SCRIPT));
    }

    @Test
    void irisUnderAnotherBaseAreServedAtTheirPath() {
        HttpResponse<String> r = Http.get(server.url("/id/report/x/2020"), "application/n-triples");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<https://example.org/kg/id/report/x/2020> <" + RDF.type.getURI() + ">"), r.body());
        String page = Http.get(server.url("/id/report/x/2020"), "text/html").body();
        assertTrue(page.contains("href=\"/id/report/x/2020/obs/t3/newReceived/total\""), "links stay on this server");
    }

    @Test
    void negotiatedAnswersSayTheyVaryAndWhereTheFormsAre() {
        HttpResponse<String> r = Http.get(server.url("/id/report/x/2020"), "text/turtle");
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        assertEquals("/id/report/x/2020.ttl", r.headers().firstValue("Content-Location").orElse(""));
        String link = r.headers().firstValue("Link").orElse("");
        assertTrue(link.contains("</id/report/x/2020.jsonld>; rel=\"alternate\"; type=\"application/ld+json\""), link);
        assertEquals(406, Http.get(server.url("/id/report/x/2020"), "image/png").statusCode());
    }

    @Test
    void aFailedCheckIsMarkedOnTheReportPage() {
        String page = Http.get(server.url("/id/report/x/2020"), "text/html").body();
        assertTrue(page.contains("✗ 未通过"), "the failed check");
        assertTrue(page.contains("1 项未通过"), "the summary counts it");
    }
}
