package org.disclosurekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example of {@code queries/} parses and, but for the federated one, answers with rows over the seeds. */
class ExampleQueriesTest {
    static GraphStore store;

    @BeforeAll
    static void load() {
        GraphContent content = GraphContents.convert("http://127.0.0.1:3030/", List.of(Path.of("seeds")));
        store = GraphStore.inMemory();
        store.replace(content, new LoadRecord("http://127.0.0.1:3030/", Instant.now(), content.reportCount(),
                content.failures()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<ExampleQuery> queries() throws IOException {
        return ExampleQueries.read(Path.of("queries")).all();
    }

    static Stream<ExampleQuery> local() throws IOException {
        return queries().stream().filter(q -> !q.federated());
    }

    @Test
    void thereAreAtLeastTenEachNamedByItsQuestion() throws IOException {
        List<ExampleQuery> all = queries();
        assertTrue(all.size() >= 10, all.size() + " queries");
        for (ExampleQuery q : all) {
            assertTrue(q.name().matches("\\d\\d-[a-z0-9-]+\\.rq"), q.name());
            assertTrue(q.text().startsWith("# "), q.name() + " opens with its question");
            assertFalse(q.title().equals(q.name()), q.name());
        }
    }

    @Test
    void theBundledQueriesAreTheQueriesFolder() throws IOException {
        assertEquals(queries(), ExampleQueries.bundled().all());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("local")
    void answersOverTheSeeds(ExampleQuery example) {
        Query query = QueryFactory.create(example.text());
        long rows = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExec exec = QueryExec.dataset(store.dataset()).query(query).build()) {
                RowSet rs = exec.select();
                long n = 0;
                for (; rs.hasNext(); rs.next()) {
                    n++;
                }
                return n;
            }
        });
        assertTrue(rows > 0, example.name() + " returned no row");
    }

    @Test
    void theFederatedQueryAsksWikidataThroughTheExactMatchLinks() throws IOException {
        List<ExampleQuery> federated = queries().stream().filter(ExampleQuery::federated).toList();
        assertEquals(1, federated.size());
        String text = federated.get(0).text();
        QueryFactory.create(text);
        assertTrue(text.contains("SERVICE <https://query.wikidata.org/sparql>"), text);
        assertTrue(text.contains("skos:exactMatch"), text);
    }
}
