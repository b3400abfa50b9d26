package org.feedgym.simulator.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.study.StudyRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code feedgym study CONFIG [--out DIR]}: runs a published-study reproduction (a config with a
 * {@code "study"} key) and writes its run directory.
 */
@Command(name = "study", mixinStandardHelpOptions = true,
        header = "Run a study reproduction config (one with a \"study\" key).",
        description = {"Run a study reproduction config (one with a \"study\" key, e.g.",
            "experiments/studies/homogenization/chaney.json); writes config.resolved.json, manifest.json,",
            "summary.json and the study's own files (homogenization: timeseries.csv, simulations.csv) to the",
            "run directory. Studies: those on the classpath (the studies module: homogenization)."})
final class StudyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "study config (JSON)")
    Path config;

    @Option(names = "--out", paramLabel = "DIR",
            description = "run directory (default: runs/<name>-<timestamp>); must not exist or be empty")
    Path out;

    @picocli.CommandLine.Mixin
    ThreadsOption threadsOption = new ThreadsOption();

    @Option(names = {"-q", "--quiet"}, description = "no progress bar (there is none when stderr is not a terminal)")
    boolean quiet;

    @Override
    public Integer call() {
        StudyRegistry.Loaded<?> loaded;
        try {
            loaded = StudyRegistry.builtIn().load(config);
        } catch (ConfigException e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        java.util.OptionalInt resolved = threadsOption.resolve();
        if (resolved.isEmpty()) {
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        int t = resolved.getAsInt();
        Path dir = out != null ? out : RunDirectories.defaultDirectory(loaded.config().name());
        StudyRegistry.Run run;
        long start = System.nanoTime();
        try (ProgressDisplay bar = ProgressDisplay.open(loaded.config().name(), loaded.config().simulations(),
                "simulations", ProgressDisplay.wanted(quiet))) {
            run = StudyRegistry.run(loaded, dir, t, Clock.systemUTC(), (done, total) -> bar.stepTo(done));
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        System.out.print(run.table());
        System.out.printf(Locale.ROOT, "%nRan in %.1f s on %d thread%s. Run written to %s%n",
                (System.nanoTime() - start) / 1e9, t, t == 1 ? "" : "s", RunDirectories.shown(run.directory()));
        return 0;
    }
}
