package org.feedgym.simulator.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.feedgym.env.data.DemoData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code feedgym demo-data DIR}: writes a seeded demo dataset in MovieLens layout
 * ({@link DemoData}), which a {@code movielens} catalog reads where the real data is absent.
 */
@Command(name = "demo-data", mixinStandardHelpOptions = true,
        header = "Write a seeded demo dataset in MovieLens layout.",
        description = {"Write a seeded demo dataset in MovieLens layout (movies.csv, ratings.csv, tags.csv) into DIR,",
            "for a movielens catalog where the real data is absent (\"catalog\": {\"type\": \"movielens\", \"path\": DIR})."})
final class DemoDataCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "folder to write into (created if missing)")
    Path dir;

    @Option(names = "--users", defaultValue = "200", description = "users, in [1, 1000000] (default ${DEFAULT-VALUE})")
    int users;

    @Option(names = "--items", defaultValue = "500", description = "items, in [1, 1000000] (default ${DEFAULT-VALUE})")
    int items;

    @Option(names = "--categories", defaultValue = "6", description = "categories, in [1, 64] (default ${DEFAULT-VALUE})")
    int categories;

    @Option(names = "--noise", defaultValue = "0.7",
            description = "standard deviation of rating noise in stars, in [0, 5] (default ${DEFAULT-VALUE})")
    double noise;

    @Option(names = "--seed", defaultValue = "1", description = "seed (default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws IOException {
        DemoData.Settings settings;
        try {
            settings = new DemoData.Settings(users, items, categories, noise,
                    DemoData.Settings.defaults().sessionGapSeconds());
        } catch (IllegalArgumentException e) {
            System.err.println("error: --" + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        DemoData.Truth truth = DemoData.write(dir, settings, seed);
        System.out.printf("wrote %d items in %d categories and %d ratings of %d users to %s%n", items,
                truth.categories().size(), truth.rating().length, users, dir);
        return 0;
    }
}
