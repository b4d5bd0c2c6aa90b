package org.disclosurekg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One start's load: decides the base, converts (or reuses an existing TDB2 store), writes the dumps and
 * describes the result.
 */
final class Loading {
    private static final Logger LOG = LoggerFactory.getLogger(Loading.class);

    private final GraphStore store;
    private final ServerOptions options;
    private final int port;
    private boolean converted;
    private Path temporary;

    Loading(GraphStore store, ServerOptions options, int port) {
        this.store = store;
        this.options = options;
        this.port = port;
    }

    /** Loads (or reuses) the graph and makes everything the pages serve from it. */
    Publication publish(Function<String, GraphContent> loader) {
        Optional<LoadRecord> existing = store.loadRecord();
        Optional<Path> dir = store.directory();
        try {
            if (existing.isPresent() && dir.isPresent() && !options.inputsGiven()) {
                return reuse(existing.get(), dir.get());
            }
            return load(loader, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the downloads", e);
        }
    }

    private Publication reuse(LoadRecord record, Path dir) throws IOException {
        LOG.info("serving existing TDB2 database at {} (loaded {}, {} reports)", dir, record.loadedAt(),
                record.reports());
        if (options.base() != null && !options.base().equals(record.base())) {
            LOG.warn("the database's IRIs were minted under {}; --base {} is ignored (name the inputs to reload)",
                    record.base(), options.base());
        }
        Path downloadsDir = dir.resolve("downloads");
        Optional<Downloads> kept = Downloads.open(downloadsDir);
        if (kept.isEmpty()) {
            LOG.warn("the downloads in {} are missing or changed: writing the RDF dumps again; observations.csv "
                    + "needs a reload from the reports", downloadsDir);
        }
        Downloads downloads = kept.isPresent() ? kept.get() : Downloads.write(downloadsDir, store.dataset(), null);
        return publication(new Links(record.base()), record, downloads);
    }

    private Publication load(Function<String, GraphContent> loader, Optional<Path> dir) throws IOException {
        String base = options.base() != null ? options.base() : "http://" + uriHost(options.host()) + ":" + port + "/";
        Links links = new Links(base);
        dir.ifPresent(d -> LOG.info("loading into TDB2 database at {}", d));
        long start = System.nanoTime();
        GraphContent content = loader.apply(links.base());
        content.failures().forEach(f -> LOG.warn("not converted: {}", f));
        LOG.info("converted {} reports in {} ms", content.reportCount(), (System.nanoTime() - start) / 1_000_000);
        LoadRecord record = new LoadRecord(links.base(), Instant.now(), content.reportCount(), content.failures());
        store.replace(content, record);
        converted = true;
        long stored = System.nanoTime();
        Path downloadsDir = dir.isPresent() ? dir.get().resolve("downloads") : temporaryDirectory();
        Downloads downloads = Downloads.write(downloadsDir, store.dataset(), content.observationsCsv());
        LOG.info("stored and wrote the downloads in {} ms", (System.nanoTime() - stored) / 1_000_000);
        return publication(links, record, downloads);
    }

    private Publication publication(Links links, LoadRecord record, Downloads downloads) {
        return new Publication(links, store, record, downloads,
                VoidDescription.describe(links, store.dataset(), downloads, record.loadedAt()), ExampleQueries.bundled(),
                CodeLabels.load(store.dataset()));
    }

    private Path temporaryDirectory() throws IOException {
        temporary = Files.createTempDirectory("disclosure-kg-downloads");
        return temporary;
    }

    boolean converted() {
        return converted;
    }

    /** The temporary directory of the downloads, {@code null} when they live with a TDB2 store. */
    Path temporary() {
        return temporary;
    }

    /** The host as it appears in an address: wildcards become {@code localhost}, IPv6 gets brackets. */
    static String uriHost(String host) {
        if (host.equals("0.0.0.0") || host.equals("::") || host.isEmpty()) {
            return "localhost";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
