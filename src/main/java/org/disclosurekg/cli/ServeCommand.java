package org.disclosurekg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.disclosurekg.serve.ReportServer;
import org.disclosurekg.serve.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code serve}: convert the reports and serve the graph until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the graph: read-only SPARQL at /sparql, a page for every resource, dumps, VoID.")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "3030", description = "Port to listen on, 0 for any free one "
            + "(default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on "
            + "(default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String host;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Longest a query may run; clients may ask for less (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--tdb2", paramLabel = "DIR", description = "Keep the graph in a TDB2 database in DIR; a later "
            + "start with the same DIR and no INPUT serves it without converting.")
    Path tdb2;

    @Option(names = "--base", paramLabel = "URI", description = "Base of the minted IRIs "
            + "(default: http://HOST:PORT/, so that every IRI is served where it points).")
    String base;

    @Option(names = "--allow-service", description = "Let SPARQL SERVICE call other endpoints (off by default).")
    boolean allowService;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Report files or directories (default: seeds).")
    List<Path> inputs;

    @Override
    public Integer call() {
        ServerOptions options = new ServerOptions(host, port, timeout, tdb2, base, allowService,
                inputs == null || inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs,
                inputs != null && !inputs.isEmpty());
        ReportServer server;
        try {
            server = ReportServer.start(options);
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("error: cannot serve: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        spec.commandLine().getErr().println("Disclosure KG at " + server.url("/") + "  (SPARQL: " + server.url("/sparql") + ")");
        spec.commandLine().getErr().flush();
        server.join();
        return 0;
    }
}
