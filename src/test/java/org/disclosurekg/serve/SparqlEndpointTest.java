package org.disclosurekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The public SPARQL endpoint over the seeds: the protocol in every result format, no update anywhere, the
 * server-side timeout, SERVICE switched off, and CORS for GET and POST.
 */
class SparqlEndpointTest {
    static final int TIMEOUT_SECONDS = 2;
    static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
    static ReportServer server;

    @BeforeAll
    static void start() {
        server = ReportServer.start(ServerOptions.defaults().withPort(0).withTimeout(TIMEOUT_SECONDS)
                .withInputs(List.of(Path.of("seeds"))));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String q(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    static long count(String body) {
        ResultSet rs = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        return rs.next().getLiteral("n").getLong();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"application/sparql-results+json, application/sparql-results+json",
        "application/sparql-results+xml, application/sparql-results+xml", "text/csv, text/csv",
        "text/tab-separated-values, text/tab-separated-values"})
    void selectAnswersInTheFormatAccepted(String accept, String expected) {
        HttpResponse<String> r = Http.get(server.url("/sparql?query=" + q(COUNT)), accept);
        assertEquals(200, r.statusCode());
        assertEquals(expected, Http.mediaType(r));
        ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                langOf(expected));
        assertTrue(rs.hasNext(), "one row: " + r.body());
    }

    @ParameterizedTest(name = "format={0}")
    @CsvSource({"json, application/sparql-results+json", "xml, application/sparql-results+xml", "csv, text/csv",
        "tsv, text/tab-separated-values"})
    void selectAnswersInTheFormatParameter(String format, String expected) {
        HttpResponse<String> r = Http.get(server.url("/sparql?format=" + format + "&query=" + q(COUNT)), null);
        assertEquals(200, r.statusCode());
        assertEquals(expected, Http.mediaType(r));
    }

    private static org.apache.jena.riot.Lang langOf(String mediaType) {
        return switch (mediaType) {
            case "application/sparql-results+xml" -> ResultSetLang.RS_XML;
            case "text/csv" -> ResultSetLang.RS_CSV;
            case "text/tab-separated-values" -> ResultSetLang.RS_TSV;
            default -> ResultSetLang.RS_JSON;
        };
    }

    @Test
    void postedQueriesAreAnsweredAsFormAndAsSparqlQuery() {
        HttpResponse<String> form = Http.post(server.url("/sparql"), "application/x-www-form-urlencoded",
                "query=" + q(COUNT), "application/sparql-results+json");
        HttpResponse<String> direct = Http.post(server.url("/sparql"), "application/sparql-query", COUNT,
                "application/sparql-results+json");
        assertEquals(200, form.statusCode());
        assertEquals(200, direct.statusCode());
        assertEquals(count(form.body()), count(direct.body()));
    }

    @Test
    void updatesAreRefusedOnEveryPathAndChangeNothing() {
        long before = server.publication().store().tripleCount();
        String insert = "INSERT DATA { <http://example.org/s> <http://example.org/p> <http://example.org/o> }";
        String turtle = "<http://example.org/s> <http://example.org/p> <http://example.org/o> .";
        List<HttpResponse<String>> answers = List.of(
                Http.post(server.url("/sparql"), "application/x-www-form-urlencoded", "update=" + q(insert), null),
                Http.post(server.url("/sparql"), "application/sparql-update", insert, null),
                Http.post(server.url("/update"), "application/sparql-update", insert, null),
                Http.post(server.url("/update"), "application/x-www-form-urlencoded", "update=" + q(insert), null),
                Http.post(server.url("/reports"), "application/sparql-update", insert, null),
                Http.post(server.url("/reports"), "application/x-www-form-urlencoded", "update=" + q(insert), null),
                Http.post(server.url("/reports/update"), "application/sparql-update", insert, null),
                Http.post(server.url("/reports/sparql"), "application/sparql-update", insert, null),
                Http.method(server.url("/reports?default"), "PUT", "text/turtle", turtle),
                Http.method(server.url("/reports?default"), "POST", "text/turtle", turtle),
                Http.method(server.url("/reports?graph=http://example.org/g"), "PUT", "text/turtle", turtle),
                Http.method(server.url("/reports/data?default"), "PUT", "text/turtle", turtle),
                Http.method(server.url("/reports?default"), "DELETE", null, null),
                Http.method(server.url("/reports"), "POST", "application/n-quads",
                        "<http://example.org/s> <http://example.org/p> <http://example.org/o> <http://example.org/g> ."));
        for (HttpResponse<String> a : answers) {
            assertTrue(a.statusCode() >= 400 && a.statusCode() < 500,
                    a.request().method() + " " + a.request().uri() + " answered " + a.statusCode());
        }
        assertEquals(before, server.publication().store().tripleCount());
        HttpResponse<String> ask = Http.get(server.url("/sparql?query=" + q("ASK { <http://example.org/s> ?p ?o }")),
                "application/sparql-results+json");
        assertTrue(ask.body().contains("false"), ask.body());
    }

    @Test
    void datasetPathsStillReadTheGraph() {
        HttpResponse<String> r = Http.get(server.url("/reports/sparql?query=" + q(COUNT)),
                "application/sparql-results+json");
        HttpResponse<String> dump = Http.get(server.url("/reports?default"), "text/turtle");
        assertEquals(200, r.statusCode());
        assertEquals(200, dump.statusCode());
        assertEquals(server.publication().store().tripleCount(), count(r.body()));
    }

    @Test
    void aRunawayQueryIsCutOffAndTheServerStillAnswers() {
        long start = System.nanoTime();
        HttpResponse<String> r = Http.get(server.url("/sparql?query="
                + q("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")), "application/sparql-results+json");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(503, r.statusCode(), "the count never finishes within " + TIMEOUT_SECONDS + " s: " + r.body());
        assertTrue(r.body().contains("timed out"), r.body());
        assertTrue(seconds < 30, "cut off long before a full run: " + seconds + " s");
        assertEquals(200, Http.get(server.url("/$/ping")).statusCode());
    }

    @Test
    void aRunawayStreamingSelectIsCutOffMidStream() throws IOException, InterruptedException {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url(
                "/sparql?query=" + q("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"))))
                .header("Accept", "application/sparql-results+json").timeout(java.time.Duration.ofSeconds(120)).build();
        long start = System.nanoTime();
        HttpResponse<java.io.InputStream> r = Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
        boolean aborted = false;
        byte[] tail = new byte[0];
        try (java.io.InputStream in = r.body()) {
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                tail = java.util.Arrays.copyOfRange(buf, Math.max(0, n - 16), n);
            }
        } catch (IOException e) {
            aborted = true;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String end = new String(tail, StandardCharsets.UTF_8).strip();
        assertTrue(aborted || !end.endsWith("}"), "the result stream was not completed: ..." + end);
        assertTrue(seconds < 60, "stopped by the server's limit: " + seconds + " s");
        assertEquals(200, Http.get(server.url("/$/ping")).statusCode());
    }

    @Test
    void aClientCannotAskForMoreTimeThanTheServerAllows() {
        long start = System.nanoTime();
        HttpResponse<String> more = Http.get(server.url("/sparql?timeout=600&query="
                + q("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")), "application/sparql-results+json");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(503, more.statusCode());
        assertTrue(seconds < 30, "the server's limit holds against timeout=600: " + seconds + " s");
    }

    @Test
    void aClientsShorterTimeoutIsHonoured() {
        Model big = ModelFactory.createDefaultModel();
        for (int i = 0; i < 2000; i++) {
            big.add(big.createResource("http://example.org/s" + i), RDFS.label, "n" + i);
        }
        try (ReportServer patient = ReportServer.start(ServerOptions.defaults().withPort(0).withTimeout(300),
                base -> new GraphContent(List.of(new NamedGraph(base + "g", NamedGraph.Kind.REPORT, big)), "",
                        List.of()))) {
            long start = System.nanoTime();
            HttpResponse<String> r = Http.get(patient.url("/sparql?timeout=1&query="
                    + q("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")), "application/sparql-results+json");
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(seconds < 60, "timeout=1 cut it off long before the server's 300 s: " + seconds + " s");
        }
    }

    @Test
    void serviceCallsAreNeverMadeUnlessAllowed() throws IOException {
        AtomicInteger hits = new AtomicInteger();
        HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        other.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        other.start();
        try {
            String query = "SELECT * { SERVICE <http://127.0.0.1:" + other.getAddress().getPort()
                    + "/sparql> { ?s ?p ?o } }";
            HttpResponse<String> denied = Http.get(server.url("/sparql?query=" + q(query)), null);
            HttpResponse<String> silent = Http.get(server.url("/sparql?query="
                    + q(query.replace("SERVICE", "SERVICE SILENT"))), null);
            assertTrue(denied.statusCode() >= 400 && denied.statusCode() < 500, "refused: " + denied.statusCode());
            assertTrue(silent.statusCode() < 500, "SILENT: " + silent.statusCode());
            assertEquals(0, hits.get(), "the other endpoint was called");
            try (ReportServer allowing = ReportServer.start(ServerOptions.defaults().withPort(0).withAllowService(true),
                    base -> new GraphContent(List.of(), "", List.of()))) {
                Http.get(allowing.url("/sparql?query=" + q(query)), null);
            }
            assertTrue(hits.get() > 0, "with --allow-service the same query does call out (the control)");
        } finally {
            other.stop(0);
        }
    }

    @Test
    void corsAllowsGetAndPostFromAnyOrigin() {
        HttpResponse<String> get = Http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server.url("/sparql?query=" + q(COUNT)))).header("Origin", "http://elsewhere.example")
                .build());
        assertEquals("*", get.headers().firstValue("Access-Control-Allow-Origin").map(v -> v.equals(
                "http://elsewhere.example") ? "*" : v).orElse(""));
        HttpResponse<String> preflight = Http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server.url("/sparql"))).header("Origin", "http://elsewhere.example")
                .header("Access-Control-Request-Method", "POST").method("OPTIONS",
                        java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, preflight.statusCode());
        String methods = preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("");
        assertTrue(methods.contains("GET") && methods.contains("POST"), methods);
        assertFalse(methods.contains("PUT") || methods.contains("DELETE"), methods);
        HttpResponse<String> put = Http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server.url("/sparql"))).header("Origin", "http://elsewhere.example")
                .header("Access-Control-Request-Method", "PUT").method("OPTIONS",
                        java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertTrue(put.headers().firstValue("Access-Control-Allow-Methods").isEmpty(), "no CORS for PUT");
    }

    @Test
    void aBrowserOpeningTheEndpointIsSentToTheEditor() {
        HttpResponse<String> r = Http.get(server.url("/sparql"), "text/html,application/xhtml+xml");
        assertEquals(303, r.statusCode());
        assertEquals("/query", r.headers().firstValue("Location").orElse(""));
    }
}
