package org.feedgym.simulator.cli;

import org.feedgym.simulator.run.HeapAdvice;
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

    /** The benchmark command, whose heap messages speak of figures rather than run directories. */
    private static final String BENCH = "bench";

    /** Runs the CLI and exits with its code. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI and returns its exit code (for tests). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new FeedGymCli());
        // The commands' descriptions are written in lines of up to 100 characters.
        cli.setUsageHelpWidth(100);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean bench = BENCH.equals(commandLine.getCommandName());
            if (HeapAdvice.outOfHeap(ex)) {
                return heapExhausted(commandLine.getErr(), bench);
            }
            var tooLarge = HeapAdvice.tooLarge(ex);
            if (tooLarge.isPresent()) {
                commandLine.getErr().println("error: " + tooLarge.get().getMessage() + ". Start the JVM with more, e.g."
                        + " FEEDGYM_JAVA_OPTS=\"" + HeapAdvice.optionsFor(tooLarge.get().neededBytes())
                        + "\" ./feedgym ... (2.5 times that: " + (bench ? "room for the rest of the benchmark"
                                : "the agents and records need room beside it") + "). Nothing was left half written.");
                return EXIT_BAD_INPUT;
            }
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
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands on errors; what was being built is garbage by now, so printing works.
            return heapExhausted(cli.getErr(), args.length > 0 && BENCH.equals(args[0]));
        }
    }


    /**
     * What a user needs when the heap ran out: how large it was, that nothing was left half
     * written, and how to start the JVM with more: twice the heap, and how heap grows with a
     * population, since what a run needs depends on its users, K and agents.
     */
    private static int heapExhausted(java.io.PrintWriter err, boolean bench) {
        String start = "error: the Java heap ran out (maximum " + HeapAdvice.maxMiB() + " MiB). Start the JVM with"
                + " more, e.g. FEEDGYM_JAVA_OPTS=\"" + HeapAdvice.options() + "\" ./feedgym ... (twice this heap";
        err.println(bench
                ? start + "). A benchmark prints and writes its figures only when it has finished, so nothing was"
                        + " left half written."
                : start + "; a population needs about 3.5 GiB of heap per million users at K = 20, more with larger"
                        + " K: README, \"Speed\"). Nothing was left half written: a run's output directory appears"
                        + " only when complete, and its finished training runs are kept for resuming it.");
        err.flush();
        return EXIT_INTERNAL;
    }
}
