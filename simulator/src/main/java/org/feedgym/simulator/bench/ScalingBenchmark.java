package org.feedgym.simulator.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.baseline.RandomAgent;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.world.CandidatesConfig;
import org.feedgym.env.world.CatalogConfig;
import org.feedgym.env.world.EpisodeConfig;
import org.feedgym.env.world.World;
import org.feedgym.env.world.WorldConfig;
import org.feedgym.env.world.WorldFactory;

/**
 * How stepping cost grows: user-steps per second and peak heap as users, candidates K and catalog
 * size grow, one dimension at a time from a base point, under a random policy.
 *
 * <p>Each point builds its world (timed as {@code setupSeconds}: catalog plus neighbour table,
 * exact up to {@link CandidatesConfig#EXACT_NEIGHBOURS_UP_TO} items, the inverted-file index above), resets a
 * population, steps it {@code warmupSteps} times unmeasured and then measures population steps
 * until about {@code userStepsPerPoint} user-steps are done. Users return daily (a 7-day
 * episode), so nearly all stay active. Heap peaks are reset (after a GC) before each point.
 */
public final class ScalingBenchmark {

    /**
     * The sweep.
     *
     * @param users             population sizes swept (K and items at their base values)
     * @param candidates        K values swept
     * @param items             catalog sizes swept
     * @param baseUsers         users while another dimension is swept
     * @param baseCandidates    K while another dimension is swept
     * @param baseItems         items while another dimension is swept
     * @param dimensions        embedding dimension
     * @param threads           worker threads
     * @param userStepsPerPoint user-steps measured per point (at least one population step)
     */
    public record Settings(List<Integer> users, List<Integer> candidates, List<Integer> items, int baseUsers,
                           int baseCandidates, int baseItems, int dimensions, int threads, long userStepsPerPoint) {

        public Settings {
            users = List.copyOf(users);
            candidates = List.copyOf(candidates);
            items = List.copyOf(items);
        }

        /** The command's sweep: users 10^3 … 10^6, K 10 … 500, items 10^3 … 10^6. */
        public static Settings defaults(int threads) {
            return new Settings(List.of(1_000, 10_000, 100_000, 1_000_000), List.of(10, 20, 50, 100, 200, 500),
                    List.of(1_000, 10_000, 100_000, 1_000_000), 10_000, 20, 10_000, 32, threads, 2_000_000);
        }
    }

    /** One measured point. */
    public record Point(String dimension, int users, int candidates, int items, String neighbourIndex,
                        double setupSeconds, long userSteps, double seconds, long userStepsPerSecond,
                        long peakHeapMiB) {
    }

    private ScalingBenchmark() {
    }

    /** Runs the sweep and returns its points, users first, then K, then items. */
    public static List<Point> run(Settings s) {
        List<Point> points = new ArrayList<>();
        ForkJoinPool pool = s.threads() > 1 ? new ForkJoinPool(s.threads()) : null;
        try {
            for (int users : s.users()) {
                points.add(progress(point("users", users, s.baseCandidates(), s.baseItems(), s, pool)));
            }
            for (int k : s.candidates()) {
                points.add(progress(point("candidates", s.baseUsers(), k, s.baseItems(), s, pool)));
            }
            for (int items : s.items()) {
                points.add(progress(point("items", s.baseUsers(), s.baseCandidates(), items, s, pool)));
            }
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
        return points;
    }

    /** Each point on stderr as it finishes: the sweep can take minutes. */
    private static Point progress(Point p) {
        System.err.println("scaling: " + p);
        return p;
    }

    /** The figures as printed: settings, then the points. */
    public static Map<String, Object> figures(Settings s, List<Point> points, double totalSeconds) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("benchmark", "scaling");
        out.put("policy", "random");
        out.put("threads", s.threads());
        out.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        out.put("loadAverage", EnvBenchmark.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        out.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.put("baseUsers", s.baseUsers());
        out.put("baseCandidates", s.baseCandidates());
        out.put("baseItems", s.baseItems());
        out.put("dimensions", s.dimensions());
        out.put("userStepsPerPoint", s.userStepsPerPoint());
        out.put("totalSeconds", EnvBenchmark.round(totalSeconds));
        out.put("points", points);
        return out;
    }

    private static Point point(String dimension, int users, int k, int items, Settings s, ForkJoinPool pool) {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
        WorldConfig config = new WorldConfig(
                new CatalogConfig("synthetic", items, null, null, s.dimensions(), null, null),
                null, new CandidatesConfig(k, null, null, null, null), null, new EpisodeConfig(100_000, 7));
        long t0 = System.nanoTime();
        World world = WorldFactory.create(config, 7L, pool);
        double setup = (System.nanoTime() - t0) / 1e9;
        long[] seeds = new long[users];
        for (int u = 0; u < users; u++) {
            seeds[u] = Seeds.derive(1, "scaling-user", u);
        }
        RandomAgent agent = new RandomAgent(new AgentContext(world.candidateCount(), world.observationDimension(),
                world.userFeatureCount(), 1));
        long steps = Math.max(1, s.userStepsPerPoint() / users);
        long userSteps = 0;
        double seconds;
        try (VectorEnvironment env = world.vectorEnvironment(pool)) {
            ObservationBatch obs = env.reset(seeds);
            int[] actions = new int[users];
            int warmup = (int) Math.min(3, steps);
            for (int w = 0; w < warmup && !env.allDone(); w++) {
                agent.act(obs, actions);
                env.step(actions);
            }
            long start = System.nanoTime();
            for (long t = 0; t < steps && !env.allDone(); t++) {
                agent.act(obs, actions);
                StepOutcomes o = env.step(actions);
                for (int u = 0; u < users; u++) {
                    if (o.shownItem(u) >= 0) {
                        userSteps++;
                    }
                }
            }
            seconds = (System.nanoTime() - start) / 1e9;
        }
        return new Point(dimension, users, k, items, world.neighbours().exact() ? "exact" : "ivf",
                EnvBenchmark.round(setup), userSteps, EnvBenchmark.round(seconds),
                seconds > 0 ? Math.round(userSteps / seconds) : 0, EnvBenchmark.peakHeapMiB());
    }
}
