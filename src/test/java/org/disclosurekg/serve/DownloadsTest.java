package org.disclosurekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadsTest {
    @TempDir
    Path dir;

    static DatasetGraph dataset() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        org.apache.jena.graph.Node s = NodeFactory.createURI("http://example.org/s");
        org.apache.jena.graph.Node p = NodeFactory.createURI("http://example.org/p");
        ds.add(Quad.defaultGraphIRI, s, p, NodeFactory.createLiteralLang("汉阳区", "zh"));
        ds.add(NodeFactory.createURI("http://example.org/g"), s, p, NodeFactory.createLiteralLang("汉阳区", "zh"));
        return ds;
    }

    @Test
    void everyDumpIsWrittenListedAndSummed() throws IOException {
        Downloads d = Downloads.write(dir, dataset(), "source,division\na.txt,420105\n");
        assertEquals(List.of("graph.ttl", "graph.nt.gz", "graph.jsonld", "dataset.nq.gz", "observations.csv"),
                d.files().stream().map(Download::name).toList());
        for (Download f : d.files()) {
            assertEquals(Files.size(dir.resolve(f.name())), f.size(), f.name());
            assertEquals(Downloads.sha256(dir.resolve(f.name())), f.sha256(), f.name());
        }
        String sums = Files.readString(dir.resolve(Downloads.SUMS), StandardCharsets.UTF_8);
        assertEquals(new String(d.sums(), StandardCharsets.UTF_8), sums);
        assertTrue(sums.lines().allMatch(l -> l.matches("[0-9a-f]{64}  [a-z.]+")), sums);
    }

    @Test
    void theDumpsParseToTheGraph() throws IOException {
        Downloads.write(dir, dataset(), "");
        for (String name : List.of("graph.ttl", "graph.jsonld", "graph.nt.gz")) {
            Graph g = GraphFactory.createDefaultGraph();
            try (InputStream in = open(dir.resolve(name))) {
                RDFParser.source(in).lang(name.contains(".nt") ? Lang.NTRIPLES : name.endsWith("ttl") ? Lang.TURTLE
                        : Lang.JSONLD).parse(g);
            }
            assertTrue(g.isIsomorphicWith(dataset().getDefaultGraph()), name);
        }
    }

    @Test
    void openedAgainTheyAreTheSameAndATamperedFileIsRefused() throws IOException {
        Downloads written = Downloads.write(dir, dataset(), "x\n");
        assertEquals(written.files(), Downloads.open(dir).orElseThrow().files());
        Files.writeString(dir.resolve("observations.csv"), "y\n");
        assertTrue(Downloads.open(dir).isEmpty());
    }

    @Test
    void withoutTheCsvTheCsvIsNotOffered() throws IOException {
        Downloads d = Downloads.write(dir, dataset(), null);
        assertTrue(d.file("observations.csv").isEmpty());
        assertTrue(d.file("graph.ttl").isPresent());
    }

    private static InputStream open(Path p) throws IOException {
        InputStream in = Files.newInputStream(p);
        return p.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }
}
