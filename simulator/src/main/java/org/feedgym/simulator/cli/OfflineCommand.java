package org.feedgym.simulator.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.env.data.CatalogOptions;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.offline.LoadedOffline;
import org.feedgym.simulator.offline.OfflineConfigLoader;
import org.feedgym.simulator.offline.OfflineReport;
import org.feedgym.simulator.offline.OfflineService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code feedgym offline CONFIG [--out DIR]}: trains recommenders on part of a log (MovieLens,
 * KuaiRand or a simulated log) and scores their rankings of the held-out part.
 */
@Command(name = "offline", mixinStandardHelpOptions = true,
        header = "Evaluate recommenders offline on a log (MovieLens, KuaiRand or simulated).",
        description = {"Evaluate recommenders offline on a log (MovieLens, KuaiRand or simulated):",
            "per-user train/validation/test split; P@K, R@K, NDCG@K and, for models that",
            "predict the signal, MSE, MAE, RMSE, each with a 95%% interval. Writes",
            "config.resolved.json, manifest.json, offline.json and offline.csv."})
final class OfflineCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "offline evaluation config (JSON)")
    Path config;

    @Option(names = "--out", paramLabel = "DIR",
            description = "output directory (default: runs/<name>-<timestamp>); must not exist or be empty")
    Path out;

    @Option(names = "--quiet", description = "print no table, only where the evaluation was written")
    boolean quiet;

    @Override
    public Integer call() {
        AgentRegistry registry = AgentRegistry.builtIn();
        OfflineConfigLoader loader = new OfflineConfigLoader(registry);
        LoadedOffline loaded;
        try {
            loaded = loader.load(config);
        } catch (ConfigException e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        Path dir = out != null ? out : RunDirectories.defaultDirectory(loaded.config().name());
        OfflineService.Result result;
        try {
            result = new OfflineService(registry, loader.mapper(), Clock.systemUTC(), CatalogOptions.defaults())
                    .run(loaded, dir);
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        if (!quiet) {
            System.out.print(OfflineReport.table(loaded.config().k(), result.trainMean()[1], result.results()));
            System.out.println();
            System.out.println("Test part: mean ± half-width of the 95% interval ([low, high] when not symmetric) over"
                    + " ranked users (P, R, NDCG) or test rows (RMSE, MAE).");
        }
        System.out.println("Offline evaluation written to " + RunDirectories.shown(result.directory()));
        return 0;
    }
}
