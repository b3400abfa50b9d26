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
import org.feedgym.env.bench.MachineLoad;
import org.feedgym.env.bench.Median;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.world.CandidatesConfig;
import org.feedgym.env.world.CatalogConfig;
import org.feedgym.env.world.EpisodeConfig;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.agents.Rollout;
import org.feedgym.env.world.World;
import org.feedgym.env.world.WorldConfig;
import org.feedgym.env.world.WorldFactory;

/**
 * Population stepping speed under a random policy: user-steps per second (a user-step is one
 * item shown to one active user, including candidate generation and observation encoding, every
 * observation read after each step as a learning agent reads it).
 *
 * <p>The world is built first (catalog and neighbour table, exact up to
 * {@code exactNeighboursUpTo} items and from the inverted-file {@code NeighbourIndex} above; timed as
 * {@code setupSeconds}, wall, and {@code setupCpuSeconds}, CPU time of the whole process);
 * the table's {@code recall} at k = 20 against exact search is then measured on a sample of
 * {@value #RECALL_SAMPLE} items (1 for the exact table); then one warm-up pass and {@code passes}
 * measured passes run, each a fresh population of {@code users} users stepped until every episode
 * has ended. The same passes again with nothing of the observations read give
 * {@code userStepsPerSecondObservationsUnread}: what a policy that reads none of them (random,
 * oracle) pays, its candidate features never computed. Each measured pass's own rate
 * ({@code userStepsPerSecondPasses}) and the machine's load averages before and after are printed
 * beside them, since a shared machine moves the figure from one second to the next.
 */
public final class EnvBenchmark {

    /**
     * Benchmark settings.
     *
     * @param users      population size
     * @param items      catalog size
     * @param candidates K
     * @param dimensions embedding dimension
     * @param threads    worker threads
     * @param passes     measured passes
     * @param exactNeighboursUpTo catalogs up to this size get the exact neighbour table, larger
     *                   ones the inverted-file index; null for the config default
     */
    public record Settings(int users, int items, int candidates, int dimensions, int threads, int passes,
                           Integer exactNeighboursUpTo) {

        /** Settings with the default neighbour-table threshold. */
        public Settings(int users, int items, int candidates, int dimensions, int threads, int passes) {
            this(users, items, candidates, dimensions, threads, passes, null);
        }
    }

    /** Items whose neighbour rows are checked against exact search for {@code recall}. */
    public static final int RECALL_SAMPLE = 500;
    /** Neighbours compared per item for {@code recall} (the same k as a run's manifest). */
    public static final int RECALL_K = org.feedgym.env.world.NeighbourTable.RECALL_K;

    private EnvBenchmark() {
    }

    /** Runs the benchmark and returns its figures in output order. */
    public static Map<String, Object> run(Settings s) {
        ForkJoinPool pool = s.threads() > 1 ? new ForkJoinPool(s.threads()) : null;
        try {
            String loadBefore = MachineLoad.now();
            WorldConfig config = new WorldConfig(
                    new CatalogConfig("synthetic", s.items(), null, null, s.dimensions(), null, null),
                    null, new CandidatesConfig(s.candidates(), null, null, null, null, s.exactNeighboursUpTo()), null,
                    new EpisodeConfig(1000, 0));
            long t0 = System.nanoTime();
            long c0 = processCpuNanos();
            World world = WorldFactory.create(config, 7L, pool);
            double setup = (System.nanoTime() - t0) / 1e9;
            double setupCpu = c0 < 0 ? -1 : (processCpuNanos() - c0) / 1e9;
            long r0 = System.nanoTime();
            double recall = world.neighbours().recall(world.catalog(), Math.min(RECALL_K, world.neighbours().width()),
                    RECALL_SAMPLE, 11L, pool);
            double recallSeconds = (System.nanoTime() - r0) / 1e9;

            runPass(world, pool, s.users(), 0, true);
            long userSteps = 0;
            long[] perPass = new long[s.passes()];
            long start = System.nanoTime();
            for (int p = 1; p <= s.passes(); p++) {
                long passStart = System.nanoTime();
                long steps = runPass(world, pool, s.users(), p, true);
                perPass[p - 1] = Math.round(steps / ((System.nanoTime() - passStart) / 1e9));
                userSteps += steps;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long unreadSteps = 0;
            long unreadStart = System.nanoTime();
            for (int p = 1; p <= s.passes(); p++) {
                unreadSteps += runPass(world, pool, s.users(), p, false);
            }
            double unreadSeconds = (System.nanoTime() - unreadStart) / 1e9;

            Map<String, Object> out = new LinkedHashMap<>();
            out.put("benchmark", "env");
            out.put("userStepsPerSecond", Math.round(userSteps / seconds));
            out.put("setupSeconds", round(setup));
            out.put("setupCpuSeconds", round(setupCpu));
            out.put("recall", round(recall));
            out.put("userStepsPerSecondObservationsUnread", Math.round(unreadSteps / unreadSeconds));
            // The same seeds read and unread: reading must not change a trajectory.
            out.put("sameUserStepsUnread", unreadSteps == userSteps);
            out.put("policy", "random");
            out.put("users", s.users());
            out.put("items", s.items());
            out.put("candidates", s.candidates());
            out.put("dimensions", s.dimensions());
            out.put("observationDimension", world.observationDimension());
            out.put("threads", s.threads());
            out.put("availableProcessors", Runtime.getRuntime().availableProcessors());
            // Which implementation ran the encoder's dot products (the same numbers either way).
            out.put("dotProducts", org.feedgym.env.linalg.LaneDot.implementation(s.dimensions()));
            out.put("neighbourIndex", world.neighbours().exact() ? "exact" : "ivf");
            out.put("recallK", RECALL_K);
            out.put("recallSample", world.neighbours().exact() ? 0 : Math.min(RECALL_SAMPLE, s.items()));
            out.put("recallSeconds", round(recallSeconds));
            out.put("passes", s.passes());
            // Each measured pass's own rate: how far the machine moves the figure within one run.
            out.put("userStepsPerSecondPasses", perPass);
            out.put("userSteps", userSteps);
            out.put("seconds", round(seconds));
            out.put("peakHeapMiB", peakHeapMiB());
            out.put("loadAverageBefore", loadBefore);
            out.put("loadAverageAfter", MachineLoad.now());
            return out;
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
    }

    /**
     * This build's benchmark and an earlier build's ({@link BaselineBuild}), alternated round by
     * round in this JVM (the first to run swaps each round), so both see the same machine load.
     * Prints (first) this build's median {@code userStepsPerSecond}, the earlier build's, their
     * ratio, and whether both made the same number of user-steps (the same seeds: equal counts are
     * what identical trajectories give); then every round's figures.
     *
     * @param rounds runs of each build, at least 1
     */
    public static Map<String, Object> compare(Settings s, BaselineBuild baseline, int rounds) {
        String loadBefore = MachineLoad.now();
        List<Map<String, Object>> mine = new ArrayList<>();
        List<Map<String, Object>> theirs = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            if (r % 2 == 0) {
                mine.add(run(s));
                theirs.add(baseline.runEnv(s.users(), s.items(), s.candidates(), s.dimensions(), s.threads(), s.passes()));
            } else {
                theirs.add(baseline.runEnv(s.users(), s.items(), s.candidates(), s.dimensions(), s.threads(), s.passes()));
                mine.add(run(s));
            }
        }
        long current = median(mine);
        long earlier = median(theirs);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("benchmark", "env");
        out.put("userStepsPerSecond", current);
        out.put("baselineUserStepsPerSecond", earlier);
        out.put("ratio", round((double) current / earlier));
        out.put("sameUserSteps", mine.stream().map(m -> m.get("userSteps")).distinct().toList()
                .equals(theirs.stream().map(m -> m.get("userSteps")).distinct().toList()));
        out.put("baseline", baseline.checkout().toString());
        out.put("rounds", rounds);
        out.put("loadAverageBefore", loadBefore);
        out.put("loadAverageAfter", MachineLoad.now());
        out.put("current", mine);
        out.put("earlier", theirs);
        return out;
    }

    /** The median {@code userStepsPerSecond} of some runs ({@link Median}). */
    private static long median(List<Map<String, Object>> runs) {
        return Median.of(runs.stream().mapToLong(m -> ((Number) m.get("userStepsPerSecond")).longValue()).toArray());
    }

    /**
     * One pass: a fresh population under a random policy until every episode ends.
     *
     * @param readObservations whether every user's whole observation is read after each step, as a
     *                         learning agent reads it; otherwise nothing of it is read, as by a
     *                         random or oracle policy, and the candidate features are never
     *                         computed ({@link org.feedgym.env.ObservationBatch})
     */
    private static long runPass(World world, ForkJoinPool pool, int users, int pass, boolean readObservations) {
        // Before the seeds: at 10^8 users they alone would exhaust the heap before the population's check.
        world.requireHeapFor(users);
        long[] seeds = new long[users];
        for (int u = 0; u < users; u++) {
            seeds[u] = Seeds.derive(pass, "bench-user", u);
        }
        RandomAgent agent = new RandomAgent(new AgentContext(world.candidateCount(), world.observationDimension(),
                world.userFeatureCount(), pass));
        long[] steps = new long[1];
        try (VectorEnvironment env = world.vectorEnvironment(pool)) {
            Rollout.run(env, agent, seeds, pool, outcomes -> {
                if (readObservations) {
                    outcomes.observations().features();
                }
                for (int u = 0; u < users; u++) {
                    if (outcomes.shownItem(u) >= 0) {
                        steps[0]++;
                    }
                }
            });
        }
        return steps[0];
    }

    /**
     * CPU time of the whole process (every thread, JIT and GC included) in nanoseconds, or a
     * negative number when the JVM does not report it.
     */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** Rounded to three decimals, as benchmark figures are printed. */
    public static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Peak heap use over all heap pools, in MiB. */
    public static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
