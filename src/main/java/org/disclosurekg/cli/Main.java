package org.disclosurekg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code disclosure-kg} command line. */
@Command(name = "disclosure-kg", mixinStandardHelpOptions = true, version = "disclosure-kg 0.1.0",
        description = "Converts government information-disclosure annual reports into a knowledge graph and serves it.",
        subcommands = {ConvertCommand.class, ServeCommand.class, ValidateCommand.class, BenchCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
