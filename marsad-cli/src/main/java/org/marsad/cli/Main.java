package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.marsad.store.StoreException;

/** The {@code marsad} command: one subcommand per job. */
@Command(name = "marsad", mixinStandardHelpOptions = true, version = "marsad 0.1.0",
        description = "Turns news in Arabic, Russian and English into event data: who did what to whom, when and where.",
        subcommands = {DemoCommand.class, ExtractCommand.class, IngestCommand.class, ExportCommand.class, SearchCommand.class,
            ServeCommand.class, TagCommand.class, EvalCommand.class, BenchCommand.class, TrainCommand.class,
            SparkCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (used by tests too). */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::failure).execute(args);
    }

    /** Failures the user can act on are one line on standard error (exit status 2); others keep their trace. */
    private static int failure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof StoreException || e instanceof CommandFailure || e instanceof IllegalArgumentException) {
            cmd.getErr().println("marsad: " + e.getMessage());
            return 2;
        }
        throw e;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
