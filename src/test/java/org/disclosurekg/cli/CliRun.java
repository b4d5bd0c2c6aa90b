package org.disclosurekg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * One run of the command line with its streams injected, as picocli intends: what it printed on out and
 * on err, and its exit code.
 */
record CliRun(int exit, String out, String err) {

    /** Runs {@code disclosure-kg} with these arguments. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** The lines of err that report an error ({@code error: <file>: <reason>}). */
    List<String> errors() {
        return err.lines().filter(l -> l.startsWith("error: ")).toList();
    }
}
