package org.disclosurekg.serve;

import java.nio.file.Path;
import java.util.List;

/**
 * How to run the server.
 *
 * @param host the interface to listen on
 * @param port the port, 0 for any free one
 * @param timeoutSeconds the longest a query may run; a client may ask for less, never more
 * @param tdb2 the directory of a TDB2 store, {@code null} to keep the graph in memory
 * @param base the base of minted IRIs, {@code null} for {@code http://host:port/}
 * @param allowService whether SPARQL {@code SERVICE} may call other endpoints
 * @param inputs report files and directories to convert
 * @param inputsGiven true when the inputs were named by the operator rather than defaulted; an existing
 *     TDB2 store is then reloaded from them
 */
public record ServerOptions(String host, int port, int timeoutSeconds, Path tdb2, String base, boolean allowService,
        List<Path> inputs, boolean inputsGiven) {
    public ServerOptions {
        inputs = List.copyOf(inputs);
    }

    /** Loopback, port 3030, 30 s, in memory, no SERVICE, the bundled {@code seeds/}. */
    public static ServerOptions defaults() {
        return new ServerOptions("127.0.0.1", 3030, 30, null, null, false, List.of(Path.of("seeds")), false);
    }

    public ServerOptions withPort(int p) {
        return new ServerOptions(host, p, timeoutSeconds, tdb2, base, allowService, inputs, inputsGiven);
    }

    public ServerOptions withTimeout(int seconds) {
        return new ServerOptions(host, port, seconds, tdb2, base, allowService, inputs, inputsGiven);
    }

    public ServerOptions withTdb2(Path dir) {
        return new ServerOptions(host, port, timeoutSeconds, dir, base, allowService, inputs, inputsGiven);
    }

    public ServerOptions withBase(String b) {
        return new ServerOptions(host, port, timeoutSeconds, tdb2, b, allowService, inputs, inputsGiven);
    }

    public ServerOptions withAllowService(boolean allow) {
        return new ServerOptions(host, port, timeoutSeconds, tdb2, base, allow, inputs, inputsGiven);
    }

    /** The options with these inputs, named by the operator. */
    public ServerOptions withInputs(List<Path> paths) {
        return new ServerOptions(host, port, timeoutSeconds, tdb2, base, allowService, paths, true);
    }
}
