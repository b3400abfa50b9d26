package org.feedgym.simulator.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code feedgym} command. */
@Command(name = "feedgym", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Simulate recommender feeds and study what policies do to people.",
        subcommands = {RunCommand.class, CalibrateCommand.class, ReportCommand.class, ValidateCommand.class, CompareCommand.class, ReproduceCommand.class,
            StudyCommand.class, SensitivityCommand.class, BenchCommand.class, AgentsCommand.class, OfflineCommand.class,
            DemoDataCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class})
public final class FeedGymCli implements Runnable {

    /** Exit code for bad input: config, arguments, output directory. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code for an internal error. */
    public static final int EXIT_INTERNAL = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Runs the CLI and exits with its code. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI and returns its exit code (for tests). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new FeedGymCli());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: internal failure: " + ex);
            ex.printStackTrace(commandLine.getErr());
            return EXIT_INTERNAL;
        });
        cli.setParameterExceptionHandler((ex, params) -> {
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println("error: " + ex.getMessage());
            failed.getErr().println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
            return EXIT_BAD_INPUT;
        });
        return cli.execute(args);
    }
}
