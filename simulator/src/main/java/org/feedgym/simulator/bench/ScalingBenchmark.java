package org.feedgym.simulator.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import org.feedgym.env.bench.MachineLoad;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.world.CandidatesConfig;
import org.feedgym.env.world.CatalogConfig;
import org.feedgym.env.world.EpisodeConfig;
import org.feedgym.env.world.PopulationTooLarge;
import org.feedgym.env.world.World;
import org.feedgym.env.world.WorldConfig;
import org.feedgym.env.world.WorldFactory;
import org.feedgym.simulator.config.Json;
import org.feedgym.simulator.run.HeapAdvice;

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

    /**
     * One point of the sweep.
     *
     * @param populationBytesPerUser the bytes of one user's state and observation arrays
     *                               ({@link World#populationBytesPerUser})
     * @param skipped                why the point was not measured (its figures are then 0 here and
     *                               null in the printed JSON), or {@code null}
     */
    public record Point(String dimension, int users, int candidates, int items, String neighbourIndex,
                        double setupSeconds, long userSteps, double seconds, long userStepsPerSecond,
                        long peakHeapMiB, long populationBytesPerUser,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String skipped) {

        /** A point that was not measured, with the reason. */
        static Point skipped(String dimension, int users, int candidates, int items, String reason) {
            return new Point(dimension, users, candidates, items, "", 0, 0, 0, 0, 0, 0, reason);
        }

        /** Whether the point was measured. */
        public boolean measured() {
            return skipped == null;
        }
    }

    /** Share of the maximum heap a point may be expected to need before it is skipped. */
    static final double HEAP_HEADROOM = 0.85;
    /** The share of {@code -Xmx} the JVM reports as its maximum heap, at the least (measured: 0.89). */
    static final double REPORTED_SHARE_OF_XMX = 0.88;
    /**
     * Heap per added user, as a multiple of its state and observation arrays: the rest that grows
     * with users (step outcomes, actions, seeds) and the collector's slack. Measured: the
     * 10^6-user point peaked at 1,906–1,975 MiB where its arrays take 1,618 MiB (1.18–1.22).
     */
    static final double PER_USER_MARGIN = 1.25;

    private ScalingBenchmark() {
    }

    /** Runs the sweep and returns its points, users first, then K, then items. */
    public static List<Point> run(Settings s) {
        List<Point> points = new ArrayList<>();
        ForkJoinPool pool = s.threads() > 1 ? new ForkJoinPool(s.threads()) : null;
        try {
            List<Point> byUsers = new ArrayList<>();
            for (int users : s.users()) {
                String tooBig = heapShortfall(byUsers, users, Runtime.getRuntime().maxMemory());
                Point p;
                if (tooBig != null) {
                    p = Point.skipped("users", users, s.baseCandidates(), s.baseItems(), tooBig);
                } else {
                    try {
                        p = point("users", users, s.baseCandidates(), s.baseItems(), s, pool);
                    } catch (PopulationTooLarge e) {
                        // The world's exact lower bound refused what the estimate let through.
                        p = Point.skipped("users", users, s.baseCandidates(), s.baseItems(), e.getMessage());
                    }
                }
                byUsers.add(p);
                points.add(progress(p));
            }
            for (int k : s.candidates()) {
                points.add(progress(pointOrSkipped("candidates", s.baseUsers(), k, s.baseItems(), s, pool)));
            }
            for (int items : s.items()) {
                points.add(progress(pointOrSkipped("items", s.baseUsers(), s.baseCandidates(), items, s, pool)));
            }
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
        return points;
    }

    /** Each point on stderr as it finishes, in words: the sweep can take minutes. */
    private static Point progress(Point p) {
        String at = String.format(java.util.Locale.ROOT, "scaling: %s: %,d users, K = %d, %,d items: ", p.dimension(),
                p.users(), p.candidates(), p.items());
        System.err.println(at + (p.measured()
                ? String.format(java.util.Locale.ROOT, "%,d user-steps/s, peak heap %,d MiB, setup %.1f s (%s)",
                        p.userStepsPerSecond(), p.peakHeapMiB(), p.setupSeconds(), p.neighbourIndex())
                : "skipped: " + p.skipped()));
        return p;
    }

    /**
     * A point as printed: a skipped point's figures are null, not 0, so that nothing reading the
     * JSON averages or plots them as measured.
     */
    static Map<String, Object> json(Point p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dimension", p.dimension());
        out.put("users", p.users());
        out.put("candidates", p.candidates());
        out.put("items", p.items());
        boolean m = p.measured();
        out.put("neighbourIndex", m ? p.neighbourIndex() : null);
        out.put("setupSeconds", m ? p.setupSeconds() : null);
        out.put("userSteps", m ? p.userSteps() : null);
        out.put("seconds", m ? p.seconds() : null);
        out.put("userStepsPerSecond", m ? p.userStepsPerSecond() : null);
        out.put("peakHeapMiB", m ? p.peakHeapMiB() : null);
        out.put("populationBytesPerUser", m ? p.populationBytesPerUser() : null);
        if (!m) {
            out.put("skipped", p.skipped());
        }
        return out;
    }

    /**
     * {@code figures} as JSON text. A skipped point's figures are printed as null, not left out (as
     * the strict mapper leaves nulls out), so that a script meets the same keys on every point.
     */
    public static String printed(Map<String, Object> figures) {
        try {
            return Json.strictMapper().copy().setSerializationInclusion(JsonInclude.Include.ALWAYS)
                    .writeValueAsString(figures);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the figures are numbers and strings: " + e.getMessage(), e);
        }
    }

    /** The figures as printed: settings, then the points. */
    public static Map<String, Object> figures(Settings s, List<Point> points, double totalSeconds,
                                              String loadAverageBefore) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("benchmark", "scaling");
        out.put("policy", "random");
        out.put("threads", s.threads());
        out.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        out.put("loadAverageBefore", loadAverageBefore);
        out.put("loadAverageAfter", MachineLoad.now());
        out.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.put("baseUsers", s.baseUsers());
        out.put("baseCandidates", s.baseCandidates());
        out.put("baseItems", s.baseItems());
        out.put("dimensions", s.dimensions());
        out.put("userStepsPerPoint", s.userStepsPerPoint());
        out.put("totalSeconds", EnvBenchmark.round(totalSeconds));
        out.put("points", points.stream().map(ScalingBenchmark::json).toList());
        return out;
    }

    /**
     * Why a population of {@code users} would not fit in {@code maxHeapBytes}, or {@code null} when
     * it should: the last measured point of the users sweep plus, for each user added, its state
     * and observation arrays (counted exactly) and a quarter more ({@link #PER_USER_MARGIN}).
     * Skipping the point with this reason beats an {@link OutOfMemoryError} part-way through the
     * sweep. (A slope between two measured peaks was tried first; the peaks include garbage, so
     * the slope moved by 40% between runs and skipped points that fit.)
     */
    static String heapShortfall(List<Point> measuredByUsers, int users, long maxHeapBytes) {
        List<Point> m = measuredByUsers.stream().filter(Point::measured).toList();
        if (m.isEmpty()) {
            return null;
        }
        Point b = m.get(m.size() - 1);
        if (users <= b.users()) {
            return null;
        }
        double perUserMiB = PER_USER_MARGIN * b.populationBytesPerUser() / (1024.0 * 1024.0);
        double needMiB = b.peakHeapMiB() + perUserMiB * (users - b.users());
        double maxMiB = maxHeapBytes / (1024.0 * 1024.0);
        if (needMiB <= HEAP_HEADROOM * maxMiB) {
            return null;
        }
        // The JVM reports less than -Xmx as its maximum (about 89% with the parallel collector: a
        // survivor space is held back), so the suggested -Xmx leaves room for that too.
        long suggestGiB = (long) Math.ceil(needMiB / HEAP_HEADROOM / REPORTED_SHARE_OF_XMX / 1024.0);
        return String.format(java.util.Locale.ROOT,
                "needs about %,d MiB of heap (%,d MiB at %,d users, then %,d bytes of state and observations a user "
                        + "and a quarter more), more than %d%% of the %,d MiB maximum; run with "
                        + "FEEDGYM_JAVA_OPTS=\"-Xmx%dg -XX:+UseParallelGC\"",
                Math.round(needMiB), b.peakHeapMiB(), b.users(), b.populationBytesPerUser(),
                Math.round(HEAP_HEADROOM * 100), Math.round(maxMiB), suggestGiB);
    }

    /**
     * A point of the K or catalog sweep, or, when it runs out of heap, the point skipped with the
     * heap it had and the {@code -Xmx} to try ({@link HeapAdvice#options}: twice it, at least
     * 2 GiB). Their heap is mostly the catalog and its neighbour index, with no exact per-item
     * count to estimate it from beforehand as the users sweep does; what the point allocated is
     * garbage once it has failed, so the sweep goes on.
     */
    private static Point pointOrSkipped(String dimension, int users, int k, int items, Settings s,
                                        ForkJoinPool pool) {
        try {
            return point(dimension, users, k, items, s, pool);
        } catch (OutOfMemoryError | RuntimeException e) {
            if (!HeapAdvice.outOfHeap(e)) {
                throw e; // not the heap (a pool may wrap the heap's error; anything else is a fault)
            }
            return Point.skipped(dimension, users, k, items, String.format(java.util.Locale.ROOT,
                    "ran out of heap (maximum %,d MiB); run with FEEDGYM_JAVA_OPTS=\"%s\"", HeapAdvice.maxMiB(),
                    HeapAdvice.options()));
        }
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
        // The agent acts on the pool too, as in bench env and in a run's evaluations.
        agent.actOn(pool);
        long steps = Math.max(1, s.userStepsPerPoint() / users);
        long userSteps = 0;
        double seconds;
        try (VectorEnvironment env = world.vectorEnvironment(pool)) {
            ObservationBatch obs = env.reset(seeds);
            int[] actions = new int[users];
            int warmup = (int) Math.min(3, steps);
            // Every observation is read, as a learning agent reads it (bench env's userStepsPerSecond).
            for (int w = 0; w < warmup && !env.allDone(); w++) {
                agent.act(obs, actions);
                env.step(actions);
                obs.features();
            }
            long start = System.nanoTime();
            for (long t = 0; t < steps && !env.allDone(); t++) {
                agent.act(obs, actions);
                StepOutcomes o = env.step(actions);
                obs.features();
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
                seconds > 0 ? Math.round(userSteps / seconds) : 0, EnvBenchmark.peakHeapMiB(),
                world.populationBytesPerUser(), null);
    }
}
