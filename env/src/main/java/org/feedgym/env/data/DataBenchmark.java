package org.feedgym.env.data;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.feedgym.env.embed.EmbeddingCache;
import org.feedgym.env.world.CatalogConfig;

/**
 * Reader and catalog speed on the real datasets: rows per second for each reader (best of
 * {@code repeats} after one warm-up read), then, per dataset, the time to build its full catalog
 * with TF-IDF embeddings (cache off: a fresh temporary cache) and the peak heap used while doing
 * so (heap pools' peak usage, reset after a GC before the build; an upper bound, since it counts
 * garbage not yet collected). Run with the project's JVM flags ({@code -Xmx1g
 * -XX:+UseParallelGC}) for comparable figures:
 * <pre>{@code java -Xmx1g -XX:+UseParallelGC -cp ... org.feedgym.env.data.DataBenchmark [repeats]}</pre>
 */
public final class DataBenchmark {

    private DataBenchmark() {
    }

    @FunctionalInterface
    private interface Read {
        ReadReport run() throws IOException;
    }

    /** Runs the benchmark on the data folder and returns the figures in output order. */
    public static Map<String, Object> run(Path dataRoot, int repeats) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("benchmark", "data");
        out.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        out.put("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20);
        Path tiktok = dataRoot.resolve("tiktok-claims");
        Path kuairec = dataRoot.resolve("kuairec");
        Path kuairand = dataRoot.resolve("kuairand-like-hate-subset");
        Path movielens = dataRoot.resolve("movielens-latest-small");
        reader(out, "tiktok-claims", repeats, () -> TikTokVideos.read(tiktok, ReadOptions.LENIENT).report());
        reader(out, "kuairec-items", repeats, () -> KuaiRecItems.read(kuairec, ReadOptions.LENIENT).report());
        reader(out, "kuairec-users", repeats, () -> KuaiRecUsers.read(kuairec, ReadOptions.LENIENT).report());
        CatalogConfig kuairandLog = new CatalogConfig("kuairand", null, null, null, null, null, null,
                kuairand.toString(), null, null, null, null, null, null, null, null, null, null, null);
        reader(out, "kuairand", repeats, () -> DatasetRegistry.builtIn().readLog(kuairandLog).report());
        reader(out, "movielens", repeats, () -> MovieLensData.read(movielens, ReadOptions.LENIENT).report());
        DatasetRegistry registry = DatasetRegistry.builtIn();
        for (String type : new String[] {"tiktok-claims", "kuairec", "kuairand", "movielens"}) {
            Path cache = Files.createTempDirectory("feedgym-bench-cache");
            try {
                CatalogConfig c = new CatalogConfig(type, null, null, null, null, null, null,
                        dataRoot.resolve(registry.reader(type).defaultPath()).toString(), null, null, null, null, null,
                        null, null, null, null, null, null);
                System.gc();
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP) {
                        pool.resetPeakUsage();
                    }
                }
                long t0 = System.nanoTime();
                DataCatalog d = registry.load(c, new CatalogOptions(new EmbeddingCache(cache), s -> { }));
                double seconds = (System.nanoTime() - t0) / 1e9;
                long peak = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP) {
                        peak += pool.getPeakUsage().getUsed();
                    }
                }
                out.put(type + ".catalogItems", d.catalog().size());
                out.put(type + ".catalogSeconds", Math.round(seconds * 1000) / 1000.0);
                out.put(type + ".catalogPeakHeapMiB", peak >> 20);
            } finally {
                try (var files = Files.list(cache)) {
                    for (Path p : (Iterable<Path>) files::iterator) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(cache);
            }
        }
        return out;
    }

    private static void reader(Map<String, Object> out, String name, int repeats, Read read) throws IOException {
        ReadReport report = read.run();
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            read.run();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        long bytes = report.inputFiles().stream().mapToLong(InputFile::bytes).sum();
        out.put(name + ".rows", report.rowsRead());
        out.put(name + ".seconds", Math.round(best * 1000) / 1000.0);
        out.put(name + ".rowsPerSecond", Math.round(report.rowsRead() / best));
        out.put(name + ".MiBPerSecond", Math.round(bytes / best / (1 << 20) * 10) / 10.0);
    }

    /** Prints the figures, one {@code key: value} per line. Argument: repeats (default 3). */
    public static void main(String[] args) throws IOException {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path root = DataPaths.root().orElseThrow(() -> new IllegalStateException(
                "shared/data not found: set -D" + DataPaths.PROPERTY + " or " + DataPaths.VARIABLE));
        run(root, repeats).forEach((k, v) -> System.out.println(k + ": " + v));
    }
}
