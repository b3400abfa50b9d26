package org.feedgym.studies.homogenization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.feedgym.env.random.Seeds;
import org.feedgym.simulator.study.Study;

/**
 * Runs the homogenization study of Chaney, Stewart and Engelhardt (2018), following the T-RECS
 * replication (Lucherini et al. 2021): for every simulation, a fresh {@link StudyWorld}; for every
 * mode, the ideal recommender and then each compared recommender on that same world; at every
 * step, each compared recommender's homogenization relative to the ideal one
 * ({@link Pairing}) and every recommender's mean true utility.
 *
 * <p>Simulations run in parallel on {@code threads} threads; each is computed from seeds derived
 * from the root seed by (simulation, mode, recommender) alone, so results do not depend on the
 * number of threads.
 *
 * <p>As a {@link Study} (id {@value HomogenizationConfig#STUDY}, registered in
 * {@code META-INF/services}), a run writes {@code timeseries.csv} and {@code simulations.csv}
 * ({@link StudyOutput}) besides the files every study run has; its summary compares the run with
 * the published figures ({@link PublishedFigures}).
 */
public final class HomogenizationStudy implements Study<HomogenizationConfig> {

    /** For {@link java.util.ServiceLoader}. */
    public HomogenizationStudy() {
    }

    @Override
    public String id() {
        return HomogenizationConfig.STUDY;
    }

    @Override
    public Class<HomogenizationConfig> configType() {
        return HomogenizationConfig.class;
    }

    @Override
    public String describe(HomogenizationConfig config) {
        List<String> deviations = PublishedFigures.protocolDeviations(config);
        return config.simulations() + " simulations x " + config.users() + " users, "
                + (deviations.isEmpty() ? "the published protocol: compared with the published figures"
                        : "not compared with the published figures (the protocol differs: "
                        + String.join("; ", deviations) + ")");
    }

    @Override
    public ObjectNode run(HomogenizationConfig config, Path dir, ObjectMapper mapper, int threads, Progress progress)
            throws IOException {
        StudyResult result = simulate(config, threads, progress);
        ObjectNode summary = StudyOutput.summary(mapper, result);
        summary.set("published", PublishedFigures.toJson(mapper, config, summary));
        StudyOutput.writeTimeSeries(dir.resolve("timeseries.csv"), result);
        StudyOutput.writeSimulations(dir.resolve("simulations.csv"), result);
        return summary;
    }

    @Override
    public String render(JsonNode summary) {
        return StudyOutput.table(summary) + PublishedFigures.table(summary.path("published"));
    }

    /** The seed of simulation {@code sim}'s world. */
    static long worldSeed(long root, int sim) {
        return Seeds.derive(root, "homogenization/world", sim);
    }

    /** The seed of one recommender's run in one mode of simulation {@code sim}. */
    static long runSeed(long root, String mode, RecommenderKind kind, int sim) {
        return Seeds.derive(root, "homogenization/" + mode + "/" + kind.id(), sim);
    }

    /** Runs every simulation of {@code config}. */
    public static StudyResult simulate(HomogenizationConfig config, int threads, Progress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        List<RecommenderKind> kinds = new ArrayList<>();
        kinds.add(RecommenderKind.IDEAL);
        kinds.addAll(config.compared());
        int sims = config.simulations();
        List<StudyResult.ModeSeries> modes = new ArrayList<>();
        for (ModeConfig m : config.modes()) {
            modes.add(new StudyResult.ModeSeries(m, kinds, sims));
        }
        AtomicInteger done = new AtomicInteger();
        Runnable all = () -> IntStream.range(0, sims).parallel().forEach(sim -> {
            runSimulation(config, sim, kinds, modes);
            progress.simulationsDone(done.incrementAndGet(), sims);
        });
        if (threads == 1) {
            for (int sim = 0; sim < sims; sim++) {
                runSimulation(config, sim, kinds, modes);
                progress.simulationsDone(sim + 1, sims);
            }
        } else {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                pool.submit(all).join();
            } finally {
                pool.shutdown();
            }
        }
        return new StudyResult(config, modes);
    }

    private static void runSimulation(HomogenizationConfig c, int sim, List<RecommenderKind> kinds,
                                      List<StudyResult.ModeSeries> modes) {
        StudyWorld.Parameters params = c.worldParameters();
        StudyWorld world = StudyWorld.sample(params, worldSeed(c.seed(), sim), StudyWorld.cachedByDefault(params));
        int[] randomPairs = Pairing.randomPairs(world.users(), c.randomPairs(),
                Seeds.generator(worldSeed(c.seed(), sim), "random-pairs", 0));
        for (StudyResult.ModeSeries series : modes) {
            ModeConfig mode = series.mode();
            int steps = mode.totalSteps();
            Simulation ideal = null;
            for (int r = 0; r < kinds.size(); r++) {
                RecommenderKind kind = kinds.get(r);
                long seed = runSeed(c.seed(), mode.name(), kind, sim);
                Simulation s = new Simulation(world, kind, mode, c.itemsPerStep(), c.attentionExponent(),
                        c.consumedStayInLists(), c.mf(), seed, null);
                int users = world.users();
                int words = Bits.words(world.items());
                long[] idealSets = ideal == null ? null : new long[users * words];
                int[] partner = new int[users];
                Pairing pairing = new Pairing(users);
                RandomGenerator ties = Seeds.generator(seed, "pairing", 0);
                for (int t = 0; t < steps; t++) {
                    s.step();
                    series.utility(r)[sim][t] = s.meanUtility(t);
                    if (ideal != null) {
                        int[] idealHistory = ideal.history();
                        for (int u = 0; u < users; u++) {
                            Bits.set(idealSets, u * words, idealHistory[t * users + u]);
                        }
                        Recommender rec = s.recommender();
                        pairing.nearest(rec.representation(), rec.dimension(), rec.representationVersion(), ties, partner);
                        double j = Pairing.meanJaccard(s.consumed(), s.words(), partner, users);
                        double jIdeal = Pairing.meanJaccard(idealSets, words, partner, users);
                        series.jaccard(r)[sim][t] = j;
                        series.idealJaccard(r)[sim][t] = jIdeal;
                        series.randomJaccard(r)[sim][t] = Pairing.meanJaccard(s.consumed(), s.words(), randomPairs);
                        series.idealRandomJaccard(r)[sim][t] = Pairing.meanJaccard(idealSets, words, randomPairs);
                    }
                }
                if (ideal == null) {
                    ideal = s;
                }
            }
        }
    }
}
