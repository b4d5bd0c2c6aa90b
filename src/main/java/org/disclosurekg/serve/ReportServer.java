package org.disclosurekg.serve;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.jena.atlas.io.IOX;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded Fuseki serving the graph: {@code /sparql} (query only), the pages, the dumps and the
 * description. The server listens first, so that with port 0 the real port is known before IRIs are
 * minted; until the graph is loaded every path but the ping answers 503.
 */
public final class ReportServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReportServer.class);

    private final FusekiServer server;
    private final String host;
    private final GraphStore store;
    private final Publication publication;
    private final boolean converted;
    private final Path temporary;

    private ReportServer(FusekiServer server, String host, GraphStore store, Publication publication,
            boolean converted, Path temporary) {
        this.server = server;
        this.host = host;
        this.store = store;
        this.publication = publication;
        this.converted = converted;
        this.temporary = temporary;
    }

    /** Starts a server over the reports the options name. */
    public static ReportServer start(ServerOptions options) {
        return start(options, base -> GraphContents.convert(base, options.inputs()));
    }

    /** Starts a server over the content the loader makes for the base (given once the port is known). */
    public static ReportServer start(ServerOptions options, Function<String, GraphContent> loader) {
        GraphStore store = options.tdb2() == null ? GraphStore.inMemory() : GraphStore.tdb2(options.tdb2());
        configure(store.dataset(), options);
        AtomicReference<Publication> ref = new AtomicReference<>();
        FusekiServer server = build(store.dataset(), ref, options);
        try {
            server.start();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        try {
            Loading loading = new Loading(store, options, server.getHttpPort());
            Publication pub = loading.publish(loader);
            ref.set(pub);
            ReportServer rs = new ReportServer(server, options.host(), store, pub, loading.converted(),
                    loading.temporary());
            LOG.info("serving {} triples ({} reports) at {}", store.tripleCount(), pub.record().reports(), rs.url("/"));
            return rs;
        } catch (RuntimeException e) {
            server.stop();
            store.close();
            throw e;
        }
    }

    private static void configure(DatasetGraph dataset, ServerOptions options) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(options.timeoutSeconds() * 1000L));
        dataset.getContext().set(ARQ.httpServiceAllowed, options.allowService());
    }

    private static FusekiServer build(DatasetGraph dataset, AtomicReference<Publication> ref, ServerOptions options) {
        FusekiServer server = FusekiServer.create()
                .port(options.port())
                .enablePing(true)
                .addFilter("/*", new CorsFilter())
                .addFilter("/*", new ReadinessFilter(() -> ref.get() != null))
                .addFilter("/sparql", new SparqlPageRedirect())
                .add("/sparql", DataService.newBuilder(dataset).addEndpoint(Operation.Query))
                .add("/reports", dataset, false)
                .addServlet("", new HomePageServlet(ref::get))
                .addServlet("/query", new QueryPageServlet(ref::get))
                .addServlet("/queries/*", new QueryPageServlet(ref::get))
                .addServlet("/assets/*", new AssetServlet())
                .addServlet("/id/*", new ResourceServlet(ref::get))
                .addServlet("/download/*", new DownloadServlet(ref::get))
                .addServlet("/download", new DownloadServlet(ref::get))
                .addServlet("/.well-known/void", new VoidServlet(ref::get))
                .addServlet("/ontology", new OntologyServlet(ref::get))
                .addServlet("/ontology.ttl", new OntologyServlet(ref::get))
                .addServlet("/quality", new QualityServlet(ref::get))
                .build();
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(options.host());
            }
        }
        Slf4jRequestLogWriter writer = new Slf4jRequestLogWriter();
        writer.setLoggerName("org.disclosurekg.serve.access");
        server.getJettyServer().setRequestLog(new CustomRequestLog(writer, "%m %U %s %{ms}Tms"));
        return server;
    }

    /** The port the server listens on. */
    public int port() {
        return server.getHttpPort();
    }

    /** The address of a path on this server, e.g. {@code url("/sparql")}. */
    public String url(String path) {
        String h = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        return "http://" + Loading.uriHost(h) + ":" + port() + path;
    }

    /** The base the served IRIs were minted under. */
    public String base() {
        return publication.links().base();
    }

    public Publication publication() {
        return publication;
    }

    /** True when this start converted reports; false when it served an existing TDB2 store as it was. */
    public boolean convertedOnStart() {
        return converted;
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
        store.close();
        if (temporary != null) {
            try {
                IOX.deleteAll(temporary);
            } catch (RuntimeException e) {
                LOG.warn("could not delete {}: {}", temporary, e.getMessage());
            }
        }
    }
}
