package org.disclosurekg.serve;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The dataset the server publishes, in memory or in a TDB2 database on disk. Each named graph is also
 * copied into the default graph, so that the default graph is the whole publication.
 */
public final class GraphStore implements AutoCloseable {
    private final DatasetGraph dataset;
    private final Path directory;

    private GraphStore(DatasetGraph dataset, Path directory) {
        this.dataset = dataset;
        this.directory = directory;
    }

    /**
     * A store in memory, empty. A plain map of in-memory graphs under a multiple-reader lock, not the
     * fully transactional in-memory dataset: the store is written once and then only read, and the plain
     * one loads an order of magnitude faster.
     */
    public static GraphStore inMemory() {
        return new GraphStore(DatasetGraphFactory.create(), null);
    }

    /** A store in the TDB2 database at {@code directory/tdb2}, created if absent. */
    public static GraphStore tdb2(Path directory) {
        return new GraphStore(DatabaseMgr.connectDatasetGraph(directory.resolve("tdb2").toString()), directory);
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /** The directory the store lives in, empty for a store in memory. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** The record of the last complete load, empty when nothing has been loaded. */
    public Optional<LoadRecord> loadRecord() {
        return Txn.calculateRead(dataset, () -> LoadRecord.fromGraph(dataset.getGraph(LoadRecord.GRAPH)));
    }

    /** Replaces everything with this content and its record, in one write transaction. */
    public void replace(GraphContent content, LoadRecord record) {
        Txn.executeWrite(dataset, () -> {
            dataset.clear();
            dataset.prefixes().putAll(QueryPrefixes.mapping());
            for (NamedGraph g : content.graphs()) {
                Node name = NodeFactory.createURI(g.iri());
                g.model().getGraph().find().forEach(t -> {
                    dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject());
                    dataset.add(Quad.defaultGraphIRI, t.getSubject(), t.getPredicate(), t.getObject());
                });
            }
            Graph recordGraph = record.toGraph();
            recordGraph.find().forEach(t -> dataset.add(LoadRecord.GRAPH, t.getSubject(), t.getPredicate(),
                    t.getObject()));
        });
    }

    /** The number of triples in the default graph. */
    public long tripleCount() {
        return Txn.calculateRead(dataset, () -> dataset.getDefaultGraph().size());
    }

    /** Releases the database, so that a later start reads it from disk again. */
    @Override
    public void close() {
        if (directory != null) {
            TDBInternal.expel(dataset);
        } else {
            dataset.close();
        }
    }
}
