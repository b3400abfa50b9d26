package org.feedgym.agents;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.agents.registry.ResolvedAgent;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.world.CandidatesConfig;
import org.feedgym.env.world.CatalogConfig;
import org.feedgym.env.world.EpisodeConfig;
import org.feedgym.env.world.FeedPopulation;
import org.feedgym.env.world.RewardConfig;
import org.feedgym.env.world.StepOutcomes;
import org.feedgym.env.world.World;
import org.feedgym.env.world.WorldConfig;
import org.feedgym.env.world.WorldFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Mean return per user of every built-in agent (default parameters) on the world of
 * {@code experiments/quickstart.json}, with paired differences against {@code random} on the same
 * users. A measurement, not a check: it runs only with {@code -Dfeedgym.compare=true} and prints
 * a table. User seeds follow the simulator's {@code ExperimentRunner.userSeeds}; agents are
 * seeded with {@code derive(root, "agent:" + id, replicate)} and trainable agents train on
 * {@code derive(root, "train:" + id, replicate)}.
 */
@Tag("slow")
@EnabledIfSystemProperty(named = "feedgym.compare", matches = "true")
class QuickstartComparisonTest {

    private static final long ROOT = 42;
    private static final int USERS = 500;
    private static final int REPLICATES = 2;

    /** Non-default variants measured after the defaults: learners fed the reward (harm penalty included). */
    private static final String[] VARIANTS = {
        "{\"type\": \"user-profile\", \"name\": \"user-profile/reward\", \"signal\": \"reward\"}",
        "{\"type\": \"covisitation\", \"name\": \"covisitation/reward\", \"signal\": \"reward\", \"minSignal\": 0.1}",
        "{\"type\": \"item-knn\", \"name\": \"item-knn/reward\", \"signal\": \"reward\"}",
        "{\"type\": \"user-knn\", \"name\": \"user-knn/reward\", \"signal\": \"reward\"}",
        "{\"type\": \"mf\", \"name\": \"mf/reward\", \"signal\": \"reward\"}",
    };

    @Test
    void printsMeanReturnOfEveryAgentAgainstRandom() throws Exception {
        World world = WorldFactory.create(new WorldConfig(
                new CatalogConfig("synthetic", 2000, 12, 4, 16, null, null), null,
                new CandidatesConfig(10, null, null, null, null),
                new RewardConfig(null, null, null, null, null, 1.0),
                new EpisodeConfig(300, 0)), ROOT, null);
        AgentRegistry registry = AgentRegistry.builtIn();
        ObjectMapper mapper = new ObjectMapper();
        int n = USERS * REPLICATES;
        double[] random = null;
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%-18s %10s %8s %12s %8s %8s%n", "agent", "return", "±95%", "vs random", "±95%", "seconds"));
        java.util.List<String> specs = new java.util.ArrayList<>();
        for (String type : registry.types().keySet()) {
            specs.add("{\"type\": \"" + type + "\"}");
        }
        specs.addAll(java.util.List.of(VARIANTS));
        for (String json : specs) {
            ResolvedAgent spec = registry.resolve(mapper, mapper.readTree(json), "$");
            String id = spec.name();
            double[] returns = new double[n];
            long start = System.nanoTime();
            for (int r = 0; r < REPLICATES; r++) {
                Agent agent = registry.create(spec, AgentContext.of(world, Seeds.derive(ROOT, "agent:" + id, r)));
                if (agent instanceof TrainableAgent t) {
                    t.train(new Training(world, Seeds.derive(ROOT, "train:" + id, r), TrainingLog.discard()));
                }
                run(world, agent, r, returns);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (random == null) {
                random = returns.clone();
            }
            double[] diff = new double[n];
            for (int u = 0; u < n; u++) {
                diff[u] = returns[u] - random[u];
            }
            table.append(String.format(Locale.ROOT, "%-18s %10.3f %8.3f %12.3f %8.3f %8.1f%n", id, mean(returns),
                    halfWidth(returns), mean(diff), halfWidth(diff), seconds));
            for (double v : returns) {
                assertTrue(Double.isFinite(v));
            }
        }
        System.out.print(table);
    }

    private static void run(World world, Agent agent, int replicate, double[] returns) {
        long replicateSeed = Seeds.derive(ROOT, "evaluation", replicate);
        long[] seeds = new long[USERS];
        for (int u = 0; u < USERS; u++) {
            seeds[u] = Seeds.derive(replicateSeed, "user", u);
        }
        FeedPopulation population = world.population(null);
        population.reset(seeds);
        if (agent instanceof PrivilegedAgent p) {
            p.grant(population);
        }
        int[] actions = new int[USERS];
        while (!population.allDone()) {
            agent.act(population.observations(), actions);
            StepOutcomes out = population.step(actions);
            agent.observe(out);
            for (int u = 0; u < USERS; u++) {
                returns[replicate * USERS + u] += out.reward(u);
            }
        }
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** Normal-approximation half-width of a 95% interval for the mean (n = 1000). */
    private static double halfWidth(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return 1.96 * Math.sqrt(s / (x.length - 1) / x.length);
    }
}
