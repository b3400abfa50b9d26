package org.feedgym.simulator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.study.Studies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code feedgym study CONFIG [--out DIR]}: runs a published-study reproduction (a config with a
 * {@code "study"} key) and writes its run directory.
 */
@Command(name = "study", mixinStandardHelpOptions = true,
        description = {"Run a study reproduction config (one with a \"study\" key, e.g.",
            "experiments/studies/homogenization/chaney.json); writes config.resolved.json, manifest.json,",
            "summary.json, timeseries.csv and simulations.csv to the run directory. Studies: homogenization."})
final class StudyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "study config (JSON)")
    Path config;

    @Option(names = "--out", paramLabel = "DIR",
            description = "run directory (default: runs/<name>-<timestamp>); must not exist or be empty")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "worker threads (default: available processors); results do not depend on it")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar (there is none when stderr is not a terminal)")
    boolean quiet;

    @Override
    public Integer call() {
        Studies.Loaded loaded;
        try {
            loaded = Studies.load(config);
        } catch (ConfigException e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1) {
            System.err.println("error: --threads must be >= 1, got " + t);
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        Path dir = out != null ? out : RunDirectories.defaultDirectory(loaded.config().name());
        Studies.Run run;
        long start = System.nanoTime();
        try (ProgressDisplay bar = ProgressDisplay.open(loaded.config().name(), loaded.config().simulations(),
                "simulations", ProgressDisplay.wanted(quiet))) {
            run = Studies.run(loaded, dir, t, Clock.systemUTC(), (done, total) -> bar.stepTo(done));
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        System.out.print(render(run.summary()));
        System.out.printf(Locale.ROOT, "%nRan in %.1f s on %d thread%s. Run written to %s%n",
                (System.nanoTime() - start) / 1e9, t, t == 1 ? "" : "s", RunDirectories.shown(run.directory()));
        return 0;
    }

    /** The summary as a table: per mode and recommender, figures at the last step. */
    static String render(JsonNode summary) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s study '%s': %d simulations x %d users, K = %d%n",
                summary.path("study").asText(), summary.path("name").asText(), summary.path("simulations").asInt(),
                summary.path("users").asInt(), summary.path("attributes").asInt()));
        for (JsonNode mode : summary.path("modes")) {
            sb.append(String.format(Locale.ROOT, "%nmode %s (%d startup + %d steps), at step %d:%n",
                    mode.path("name").asText(), mode.path("startupSteps").asInt(), mode.path("steps").asInt(),
                    mode.path("finalStep").asInt()));
            sb.append(String.format(Locale.ROOT, "%-12s %-26s %-26s %-10s %s%n", "recommender",
                    "homogenization vs ideal", "same at end of startup", "utility", "utility vs ideal"));
            mode.path("recommenders").fields().forEachRemaining(e -> {
                JsonNode fin = e.getValue().path("final");
                JsonNode st = e.getValue().path("startup").path("homogenizationVsIdealAtEnd");
                sb.append(String.format(Locale.ROOT, "%-12s %-26s %-26s %-10s %s%n", e.getKey(),
                        interval(fin.path("homogenizationVsIdeal")), interval(st),
                        number(fin.path("utility").path("mean")), interval(fin.path("utilityVsIdeal"))));
            });
        }
        return sb.toString();
    }

    private static String interval(JsonNode e) {
        if (e.isMissingNode() || e.path("mean").isNull()) {
            return "-";
        }
        return String.format(Locale.ROOT, "%+.3f [%+.3f, %+.3f]", e.path("mean").asDouble(),
                e.path("ci95Low").asDouble(Double.NaN), e.path("ci95High").asDouble(Double.NaN));
    }

    private static String number(JsonNode v) {
        return v.isMissingNode() || v.isNull() ? "-" : String.format(Locale.ROOT, "%.4f", v.asDouble());
    }
}
