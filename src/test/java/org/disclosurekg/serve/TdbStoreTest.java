package org.disclosurekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --tdb2 DIR}: the graph kept on disk, and a second start serving it without converting again. */
class TdbStoreTest {
    static final List<Path> SEEDS = List.of(Path.of("seeds"));

    @TempDir
    Path dir;

    static long count(ReportServer server) {
        String body = Http.get(server.url("/sparql?query=" + URLEncoder.encode(SparqlEndpointTest.COUNT,
                StandardCharsets.UTF_8)), "application/sparql-results+json").body();
        return SparqlEndpointTest.count(body);
    }

    @Test
    void aSecondStartServesTheSameGraphWithoutConverting() {
        long triples;
        String base;
        String sums;
        try (ReportServer first = ReportServer.start(ServerOptions.defaults().withPort(0).withTdb2(dir)
                .withInputs(SEEDS))) {
            assertTrue(first.convertedOnStart());
            triples = count(first);
            base = first.base();
            sums = Http.get(first.url("/download/SHA256SUMS")).body();
        }
        assertTrue(triples > 1000, triples + " triples");
        assertTrue(Files.isDirectory(dir.resolve("tdb2")));
        try (ReportServer second = ReportServer.start(ServerOptions.defaults().withPort(0).withTdb2(dir), b -> {
            throw new AssertionError("converted again under " + b);
        })) {
            assertFalse(second.convertedOnStart());
            assertEquals(triples, count(second));
            assertEquals(base, second.base(), "the IRIs keep the base they were minted under");
            assertEquals(sums, Http.get(second.url("/download/SHA256SUMS")).body(), "the same dumps");
            assertEquals(200, Http.get(second.url("/id/division/420105"), "text/turtle").statusCode());
        }
    }

    @Test
    void namingTheInputsAgainReloadsTheDatabase() {
        try (ReportServer first = ReportServer.start(ServerOptions.defaults().withPort(0).withTdb2(dir)
                .withInputs(SEEDS))) {
            assertTrue(first.convertedOnStart());
        }
        try (ReportServer again = ReportServer.start(ServerOptions.defaults().withPort(0).withTdb2(dir)
                .withInputs(List.of(Path.of("seeds/420105-2020-hanyang.txt"))))) {
            assertTrue(again.convertedOnStart());
            assertEquals(1, again.publication().record().reports());
        }
    }
}
