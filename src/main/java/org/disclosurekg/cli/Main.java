package org.disclosurekg.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code disclosure-kg} command line. */
@Command(name = "disclosure-kg", mixinStandardHelpOptions = true, version = "disclosure-kg 0.1.0",
        description = "Converts government information-disclosure annual reports into a knowledge graph and serves it.",
        subcommands = {ConvertCommand.class, ServeCommand.class, ValidateCommand.class, BenchCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, writing UTF-8 whatever the platform's default charset (reports are Chinese). */
    static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }
}
