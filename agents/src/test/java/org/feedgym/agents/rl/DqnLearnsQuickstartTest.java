package org.feedgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.Training;
import org.feedgym.agents.TrainingDivergedException;
import org.feedgym.agents.TrainingLog;
import org.feedgym.agents.baseline.RandomAgent;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.world.World;
import org.feedgym.env.world.WorldFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DQN learns on the quickstart world: trained on training users, evaluated greedily on 500
 * held-out users, its mean return beats the random agent's with non-overlapping 95% confidence
 * intervals. Seeds are fixed: world 42, training seed derive(42, "training", 0), agent seed
 * derive(42, "agent:dqn", 0); evaluation users derive(derive(42, "evaluation", 0), "user", u) as
 * in the simulator's ExperimentRunner, so they are never training users
 * (derive(trainingSeed, "train-user", e)).
 */
@Tag("slow")
class DqnLearnsQuickstartTest {

    private static final long ROOT = 42L;
    private static final int EVALUATION_USERS = 500;
    private static World world;
    private static double[] randomReturns;

    @BeforeAll
    static void world() {
        world = WorldFactory.create(QuickstartWorld.config(), ROOT, null);
        randomReturns = evaluate(new RandomAgent(context()));
    }

    private static AgentContext context() {
        return new AgentContext(world.candidateCount(), world.observationDimension(), world.userFeatureCount(),
                Seeds.derive(ROOT, "agent:dqn", 0));
    }

    /** Episode returns of 500 held-out users acting together (one batched act per step). */
    private static double[] evaluate(Agent agent) {
        long replicate = Seeds.derive(ROOT, "evaluation", 0);
        long[] seeds = new long[EVALUATION_USERS];
        for (int u = 0; u < seeds.length; u++) {
            seeds[u] = Seeds.derive(replicate, "user", u);
        }
        VectorEnvironment population = world.vectorEnvironment(null);
        population.reset(seeds);
        double[] returns = new double[seeds.length];
        int[] actions = new int[seeds.length];
        while (!population.allDone()) {
            agent.act(population.observations(), actions);
            StepOutcomes o = population.step(actions);
            for (int u = 0; u < seeds.length; u++) {
                returns[u] += o.reward(u);
            }
        }
        return returns;
    }

    /** Mean and half-width of the 95% confidence interval (normal approximation, n = 500). */
    private static double[] meanAndHalfWidth(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return new double[] {mean, 1.96 * Math.sqrt(ss / (x.length - 1) / x.length)};
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({"double-dqn, dl4j", "dqn, dl4j", "double-dqn, rl4j"})
    void beatsTheRandomAgentOnHeldOutUsers(String type, String implementation) throws TrainingDivergedException {
        DqnParameters p = new DqnParameters(null, null, null, null, null, null, null, null, null, 15_000, null, null,
                DqnImplementation.of(implementation));
        DqnAgent agent = new DqnAgent(type, p, context());
        List<Double> trainingReturns = new ArrayList<>();
        TrainingLog log = (step, episode, episodeReturn, loss, epsilon) -> trainingReturns.add(episodeReturn);
        agent.train(new Training(world, Seeds.derive(ROOT, "training", 0), log));

        double[] dqn = meanAndHalfWidth(evaluate(agent));
        double[] random = meanAndHalfWidth(randomReturns);
        String figures = String.format("%s (%s): %.3f ± %.3f vs random %.3f ± %.3f after %d training episodes",
                type, implementation, dqn[0], dqn[1], random[0], random[1], trainingReturns.size());
        System.out.println(figures);
        assertTrue(dqn[0] - dqn[1] > random[0] + random[1], figures);
    }
}
