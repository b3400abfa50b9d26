package org.feedgym.studies.homogenization;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.feedgym.env.bench.MachineLoad;
import org.feedgym.env.random.Seeds;
import org.feedgym.simulator.bench.Benchmark;
import org.feedgym.simulator.bench.EnvBenchmark;

/**
 * Stepping speed of the homogenization study's simulation (Chaney et al. 2018) at scale:
 * interactions per second, an interaction being one user consuming one item (release, the
 * recommender's ranking, interleaving of the new items, the rank-discounted choice and the
 * recommender's training all included; the homogenization metric, which pairs users in
 * {@code O(users²)} per step, is not).
 *
 * <p>The catalog is released evenly over the steps ({@code items / steps} per step), the first
 * tenth of the steps are random startup steps, then repeated training. Utilities are evaluated on
 * demand (a world this size is not cached). One warm-up pass of a tenth of the steps, then
 * {@code passes} measured passes, each a fresh simulation on the same world.
 *
 * <p>Run by {@code feedgym bench homogenization}, which finds it as a {@link Benchmark} through
 * {@code META-INF/services}.
 */
public final class HomogenizationBenchmark implements Benchmark {

    /**
     * Benchmark settings.
     *
     * @param users       users
     * @param items       items released over the run
     * @param steps       steps
     * @param attributes  K
     * @param recommender the recommender stepped
     * @param threads     worker threads
     * @param passes      measured passes
     */
    public record Settings(int users, int items, int steps, int attributes, RecommenderKind recommender,
                           int threads, int passes) {
        public Settings {
            if (users < 2 || steps < 1 || items < steps || attributes < 1 || threads < 1 || passes < 1) {
                throw new IllegalArgumentException("need users >= 2, steps >= 1, items >= steps, attributes >= 1,"
                        + " threads >= 1, passes >= 1");
            }
        }
    }

    /** For {@link java.util.ServiceLoader}. */
    public HomogenizationBenchmark() {
    }

    @Override
    public String name() {
        return "homogenization";
    }

    /**
     * Reads {@code --users}, {@code --items}, {@code --steps} (default 100), {@code --attributes},
     * {@code --recommender}, {@code --threads} and {@code --passes}.
     */
    @Override
    public Map<String, Object> run(Options o) {
        int steps = o.steps() == null ? 100 : o.steps();
        RecommenderKind kind;
        try {
            kind = RecommenderKind.of(o.recommender());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown --recommender '" + o.recommender() + "'; known: [ideal, "
                    + String.join(", ", RecommenderKind.COMPARED_IDS) + "]", e);
        }
        if (o.users() < 2) {
            throw new IllegalArgumentException("--users must be >= 2, got " + o.users());
        }
        if (steps < 1) {
            throw new IllegalArgumentException("--steps must be >= 1, got " + steps);
        }
        if (o.items() < steps) {
            throw new IllegalArgumentException("--items must be >= --steps (" + steps + ": the catalog is released"
                    + " over the steps, at least one item a step), got " + o.items());
        }
        if (o.attributes() < 1) {
            throw new IllegalArgumentException("--attributes must be >= 1, got " + o.attributes());
        }
        if (o.passes() < 1) {
            throw new IllegalArgumentException("--passes must be >= 1, got " + o.passes());
        }
        if (kind == RecommenderKind.SOCIAL && (long) o.users() * o.items() > 25_000_000L) {
            throw new IllegalArgumentException("social filtering keeps users x items counts; --users x --items must be"
                    + " at most 25000000 with it");
        }
        if (o.items() % steps != 0) {
            int released = o.items() / steps * steps;
            System.err.println(String.format(java.util.Locale.ROOT, "note: --items %,d runs as %,d: the catalog is"
                    + " released evenly, %,d items a step over %,d steps", o.items(), released, released / steps,
                    steps));
        }
        return run(new Settings(o.users(), o.items(), steps, o.attributes(), kind, o.threads(), o.passes()));
    }

    /** Runs the benchmark and returns its figures in output order. */
    public static Map<String, Object> run(Settings s) {
        ForkJoinPool pool = s.threads() > 1 ? new ForkJoinPool(s.threads()) : null;
        try {
            String loadBefore = MachineLoad.now();
            int perStep = s.items() / s.steps();
            StudyWorld.Parameters p = new StudyWorld.Parameters(s.users(), s.attributes(), perStep * s.steps(),
                    10, 0.1, 100, 0.98, 1e-5);
            long t0 = System.nanoTime();
            StudyWorld world = StudyWorld.sample(p, 7L, StudyWorld.cachedByDefault(p));
            double setup = (System.nanoTime() - t0) / 1e9;
            int startup = Math.max(1, s.steps() / 10);
            ModeConfig mode = new ModeConfig("bench", ModeConfig.REPEATED, Math.min(startup, s.steps() - 1),
                    s.steps() - Math.min(startup, s.steps() - 1));
            pass(world, mode, perStep, s, pool, 0, Math.max(1, s.steps() / 10));
            long interactions = 0;
            long start = System.nanoTime();
            for (int pass = 1; pass <= s.passes(); pass++) {
                interactions += pass(world, mode, perStep, s, pool, pass, s.steps());
            }
            double seconds = (System.nanoTime() - start) / 1e9;

            Map<String, Object> out = new LinkedHashMap<>();
            out.put("benchmark", "homogenization");
            out.put("recommender", s.recommender().id());
            out.put("users", s.users());
            out.put("items", perStep * s.steps());
            out.put("itemsPerStep", perStep);
            out.put("steps", s.steps());
            out.put("startupSteps", mode.startupSteps());
            out.put("attributes", s.attributes());
            out.put("utilitiesCached", StudyWorld.cachedByDefault(p));
            out.put("threads", s.threads());
            out.put("availableProcessors", Runtime.getRuntime().availableProcessors());
            out.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
            out.put("setupSeconds", EnvBenchmark.round(setup));
            out.put("passes", s.passes());
            out.put("interactions", interactions);
            out.put("seconds", EnvBenchmark.round(seconds));
            out.put("interactionsPerSecond", Math.round(interactions / seconds));
            out.put("peakHeapMiB", EnvBenchmark.peakHeapMiB());
            out.put("loadAverageBefore", loadBefore);
            out.put("loadAverageAfter", MachineLoad.now());
            return out;
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
    }

    private static long pass(StudyWorld world, ModeConfig mode, int perStep, Settings s, ForkJoinPool pool, int pass,
                             int steps) {
        Simulation sim = new Simulation(world, s.recommender(), mode, perStep, -0.8, true, MfConfig.defaults(),
                Seeds.derive(11L, "bench-pass", pass), pool);
        for (int t = 0; t < steps; t++) {
            sim.step();
        }
        return (long) steps * world.users();
    }
}
