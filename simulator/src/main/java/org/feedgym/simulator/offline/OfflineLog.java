package org.feedgym.simulator.offline;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.feedgym.agents.Agent;
import org.feedgym.agents.recommender.LogCollector;
import org.feedgym.agents.recommender.Signal;
import org.feedgym.env.data.DataCatalog;
import org.feedgym.env.data.CatalogOptions;
import org.feedgym.env.data.DatasetRegistry;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.env.data.MappedLog;
import org.feedgym.env.data.ReadReport;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.world.Catalog;
import org.feedgym.env.world.CatalogConfig;
import org.feedgym.env.world.World;
import org.feedgym.env.world.WorldFactory;

/**
 * The log of an offline evaluation, read or simulated as a {@link LogSourceConfig} says, with
 * the catalog whose indices its items are (when there is one) and what was read.
 *
 * <ul>
 *   <li>{@code movielens}: the ratings (signal = stars), read with the {@code movielens} data
 *       catalog, whose TF-IDF embeddings of title, genres and tags serve the content-based
 *       recommenders (the tags are user-written, but they are not ratings).</li>
 *   <li>{@code kuairand}: {@code label} = 1 like / 0 hate on every row; {@code watch-ratio} =
 *       play time / duration clipped at 5, on the rows whose {@code duration_ms} is known (&gt; 0;
 *       7,738 of 41,828 are 0 and are dropped). No catalog.</li>
 *   <li>{@code simulated}: the world of the config, with {@code users} simulated users whose seeds
 *       are {@code derive(seed, "offline-user", u)} shown items by the logging policy (seeded
 *       {@code derive(seed, "logging-policy", 0)}); the catalog is the world's.</li>
 * </ul>
 * With {@code maxUsers}, a uniform sample of that many of the users with rows (generator
 * {@code (seed, "offline-user-sample", 0)}) keeps all its rows; the others are dropped.
 *
 * @param log         the interactions (items are catalog indices when {@code catalog} is set)
 * @param catalog     the catalog, or {@code null} (kuairand)
 * @param report      what the readers read, for the manifest, or {@code null} (a simulated log
 *                    of a synthetic world)
 * @param droppedRows rows of the source left out (unknown duration, users outside the sample)
 */
public record OfflineLog(InteractionLog log, Catalog catalog, ReadReport report, int droppedRows) {

    public OfflineLog {
        Objects.requireNonNull(log, "log");
    }

    /**
     * Reads or simulates the log.
     *
     * @param source  the source config
     * @param seed    the run's root seed
     * @param options embedding cache and progress (movielens catalog)
     * @throws IOException when a data file cannot be read or is malformed (a
     *                     {@link org.feedgym.env.data.DataFormatException} names file, line and rule)
     */
    public static OfflineLog load(LogSourceConfig source, long seed, CatalogOptions options) throws IOException {
        OfflineLog full = switch (source.type()) {
            case "movielens" -> movielens(source, options);
            case "kuairand" -> kuairand(source);
            default -> simulated(source, seed);
        };
        return source.maxUsers() == null ? full : full.sample(source.maxUsers(), seed);
    }

    private static OfflineLog movielens(LogSourceConfig source, CatalogOptions options) throws IOException {
        CatalogConfig catalog = new CatalogConfig("movielens", null, null, null, source.dimensions(), null, null,
                source.path(), null, null, null, null, source.strict(), null, null, null, null, null, null);
        DataCatalog data = DatasetRegistry.builtIn().load(catalog, options);
        return new OfflineLog(data.interactions(), data.catalog(), data.report(), 0);
    }

    private static OfflineLog kuairand(LogSourceConfig source) throws IOException {
        MappedLog k = DatasetRegistry.builtIn().readLog(new CatalogConfig("kuairand", null, null, null, null, null,
                null, source.path(), null, null, null, null, source.strict(), null, null, null, null, null, null));
        InteractionLog log = k.interactions();
        if (source.signal().equals("label")) {
            return new OfflineLog(log, null, k.report(), 0);
        }
        float[] ratio = new float[log.size()];
        int[] known = new int[log.size()];
        int n = 0;
        for (int r = 0; r < log.size(); r++) {
            if (!Double.isNaN(k.durationMillis(r))) {
                ratio[r] = (float) Math.min(5.0, k.playTimeMillis(r) / k.durationMillis(r));
                known[n++] = r;
            }
        }
        return new OfflineLog(log.withSignals(ratio).subset(Arrays.copyOf(known, n)), null, k.report(),
                log.size() - n);
    }

    private static OfflineLog simulated(LogSourceConfig source, long seed) {
        World world = WorldFactory.create(source.world(), seed, null);
        long[] seeds = new long[source.users()];
        for (int u = 0; u < seeds.length; u++) {
            seeds[u] = Seeds.derive(seed, "offline-user", u);
        }
        Agent policy = LogCollector.loggingPolicy(source.loggingPolicy(), world, Seeds.derive(seed, "logging-policy", 0));
        InteractionLog log = LogCollector.collect(world, policy, seeds, Signal.of(source.signal()));
        return new OfflineLog(log, world.catalog(), world.dataSource().map(DataCatalog::report).orElse(null), 0);
    }

    /** This log with only a seeded sample of {@code max} of its users with rows (all of them when fewer). */
    OfflineLog sample(int max, long seed) {
        int[] withRows = new int[log.userCount()];
        int m = 0;
        for (int u = 0; u < log.userCount(); u++) {
            if (log.userEnd(u) > log.userStart(u)) {
                withRows[m++] = u;
            }
        }
        if (m <= max) {
            return this;
        }
        // Partial Fisher–Yates: the first max entries become a uniform sample.
        RandomGenerator g = Seeds.generator(seed, "offline-user-sample", 0);
        for (int i = 0; i < max; i++) {
            int j = i + g.nextInt(m - i);
            int t = withRows[i];
            withRows[i] = withRows[j];
            withRows[j] = t;
        }
        int[] chosen = Arrays.copyOf(withRows, max);
        Arrays.sort(chosen);
        int rows = 0;
        for (int u : chosen) {
            rows += log.userEnd(u) - log.userStart(u);
        }
        int[] keep = new int[rows];
        int n = 0;
        for (int u : chosen) {
            for (int r = log.userStart(u); r < log.userEnd(u); r++) {
                keep[n++] = r;
            }
        }
        return new OfflineLog(log.subset(keep), catalog, report, droppedRows + log.size() - rows);
    }
}
