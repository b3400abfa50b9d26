package org.feedgym.agents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.world.World;
import org.feedgym.agents.registry.AgentRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every agent must do, as JUnit 5 default methods: each agent's test implements this
 * interface and says how to create the agent. Trainable agents are trained first (on training
 * users of the same world), privileged agents are granted the population's view, and the loop is
 * the simulator's: act, step, observe.
 *
 * <p>The save/load round-trip saves an agent in the middle of an evaluation, after it has learned
 * online from a whole earlier one, loads it through the registry into a context with another
 * seed, and then steps both on the same observations to the end of that evaluation and through
 * a further one: every action must be the same. So whatever decides an action (learned model,
 * per-user state, the random generator's position) must be in the saved files.
 */
public interface AgentContract {

    /** Users per contract population. */
    int USERS = 24;

    /** A fresh agent for {@code context} (which holds the contract world's catalog). */
    Agent create(AgentContext context);

    /** The world the contract runs on; the small {@link ContractWorld} unless overridden. */
    default World world() {
        return ContractWorld.WORLD;
    }

    /** A fresh agent with {@code seed}, trained when it is trainable. */
    default Agent prepared(long seed) {
        Agent agent = create(AgentContext.of(world(), seed));
        if (agent instanceof TrainableAgent trainable) {
            try {
                trainable.train(new Training(world(), seed ^ 0x5DEECE66DL, TrainingLog.discard()));
            } catch (TrainingDivergedException e) {
                throw new AssertionError(e);
            }
        }
        return agent;
    }

    /** The result of one contract evaluation: every step's actions and every user's return. */
    record Episode(List<int[]> actions, double[] returns, int steps) {
    }

    /** Runs {@code agent} on a fresh population of {@link #USERS} users from {@code userRoot}. */
    default Episode evaluate(Agent agent, long userRoot) {
        VectorEnvironment population = world().vectorEnvironment(null);
        population.reset(ContractWorld.userSeeds(userRoot, USERS));
        if (agent instanceof PrivilegedAgent privileged) {
            privileged.grant(population.privilegedView());
        }
        int k = world().candidateCount();
        int[] actions = new int[USERS];
        double[] returns = new double[USERS];
        List<int[]> history = new ArrayList<>();
        int steps = 0;
        while (!population.allDone()) {
            ObservationBatch obs = population.observations();
            Arrays.fill(actions, -7);
            agent.act(obs, actions);
            for (int u = 0; u < USERS; u++) {
                if (obs.active(u)) {
                    int a = actions[u];
                    assertTrue(a >= 0 && a < k, agent.type() + " chose " + a + " for active user " + u
                            + " at step " + steps + "; K = " + k);
                }
            }
            history.add(actions.clone());
            StepOutcomes outcomes = population.step(actions);
            agent.observe(outcomes);
            for (int u = 0; u < USERS; u++) {
                returns[u] += outcomes.reward(u);
            }
            steps++;
        }
        return new Episode(history, returns, steps);
    }

    @Test
    default void actsOnlyWithinTheActionSpaceForActiveUsers() {
        // evaluate() asserts the range of every active user's action on every step.
        Episode e = evaluate(prepared(1), 101);
        assertTrue(e.steps() > 0);
    }

    @Test
    default void isDeterministicUnderASeed() {
        Episode a = evaluate(prepared(2), 202);
        Episode b = evaluate(prepared(2), 202);
        assertEquals(a.steps(), b.steps());
        for (int t = 0; t < a.steps(); t++) {
            assertArrayEquals(a.actions().get(t), b.actions().get(t), "actions at step " + t);
        }
        assertArrayEquals(a.returns(), b.returns());
    }

    @Test
    default void savesAndLoadsIntoAnAgentThatActsExactlyLikeTheOriginal(@TempDir Path dir) throws IOException {
        Agent original = prepared(4);
        assertInstanceOf(SavableAgent.class, original, original.type() + " must be savable");
        evaluate(original, 404);

        VectorEnvironment population = world().vectorEnvironment(null);
        population.reset(ContractWorld.userSeeds(505, USERS));
        if (original instanceof PrivilegedAgent privileged) {
            privileged.grant(population.privilegedView());
        }
        int[] actions = new int[USERS];
        for (int t = 0; t < 5 && !population.allDone(); t++) {
            original.act(population.observations(), actions);
            original.observe(population.step(actions));
        }
        ((SavableAgent) original).save(dir);
        Agent loaded = AgentRegistry.builtIn().load(dir, AgentContext.of(world(), 987_654_321L));
        assertEquals(original.type(), loaded.type());

        int steps = lockstep(original, loaded, population, actions);
        VectorEnvironment next = world().vectorEnvironment(null);
        next.reset(ContractWorld.userSeeds(606, USERS));
        steps += lockstep(original, loaded, next, actions);
        assertTrue(steps > 5, "the comparison covered " + steps + " steps");
    }

    /** Steps {@code population} to its end with {@code original}'s actions, asserting {@code loaded} takes the same. */
    private static int lockstep(Agent original, Agent loaded, VectorEnvironment population, int[] actions) {
        if (original instanceof PrivilegedAgent a && loaded instanceof PrivilegedAgent b) {
            a.grant(population.privilegedView());
            b.grant(population.privilegedView());
        }
        int[] loadedActions = new int[actions.length];
        int steps = 0;
        while (!population.allDone()) {
            ObservationBatch obs = population.observations();
            Arrays.fill(actions, -1);
            Arrays.fill(loadedActions, -1);
            original.act(obs, actions);
            loaded.act(obs, loadedActions);
            for (int u = 0; u < actions.length; u++) {
                if (obs.active(u) && actions[u] != loadedActions[u]) {
                    throw new AssertionError(original.type() + ": after loading, user " + u + " at step " + steps
                            + " got candidate " + loadedActions[u] + " instead of " + actions[u]);
                }
            }
            StepOutcomes outcomes = population.step(actions);
            original.observe(outcomes);
            loaded.observe(outcomes);
            steps++;
        }
        return steps;
    }

    @Test
    default void completesAShortEvaluationWithFiniteReturns() {
        Episode e = evaluate(prepared(3), 303);
        int maxSteps = world().config().episode().maxSteps();
        assertTrue(e.steps() <= maxSteps, "steps " + e.steps() + " > horizon " + maxSteps);
        for (double r : e.returns()) {
            assertTrue(Double.isFinite(r), "return " + r);
        }
    }

    /**
     * A {@link ParallelAgent} acting on a pool of three threads picks, and scores, exactly as one
     * acting on the calling thread, on a population of several chunks
     * ({@link org.feedgym.env.parallel.UserChunks#CHUNK} users each) stepped by the pooled one. An
     * agent that does not act in parallel acts on the calling thread either way, and the two
     * instances must still agree.
     */
    @Test
    default void actsOnAPoolExactlyAsOnOneThread() {
        Agent pooled = prepared(5);
        Agent single = prepared(5);
        int users = 2 * org.feedgym.env.parallel.UserChunks.CHUNK + 37;
        int k = world().candidateCount();
        VectorEnvironment population = world().vectorEnvironment(null);
        population.reset(ContractWorld.userSeeds(707, users));
        if (pooled instanceof PrivilegedAgent a && single instanceof PrivilegedAgent b) {
            a.grant(population.privilegedView());
            b.grant(population.privilegedView());
        }
        ForkJoinPool pool = new ForkJoinPool(3);
        try {
            if (pooled instanceof ParallelAgent parallel) {
                parallel.actOn(pool);
            }
            int[] actions = new int[users];
            int[] expected = new int[users];
            double[] scores = new double[users * k];
            double[] expectedScores = new double[users * k];
            int steps = 0;
            while (!population.allDone()) {
                ObservationBatch obs = population.observations();
                if (steps % 2 == 0) {
                    pooled.actWithScores(obs, actions, scores);
                    single.actWithScores(obs, expected, expectedScores);
                } else {
                    pooled.act(obs, actions);
                    single.act(obs, expected);
                }
                for (int u = 0; u < users; u++) {
                    if (obs.active(u)) {
                        assertEquals(expected[u], actions[u], pooled.type() + ": user " + u + " at step " + steps);
                        if (steps % 2 == 0) {
                            assertArrayEquals(Arrays.copyOfRange(expectedScores, u * k, u * k + k),
                                    Arrays.copyOfRange(scores, u * k, u * k + k), "scores of user " + u);
                        }
                    }
                }
                StepOutcomes outcomes = population.step(actions);
                pooled.observe(outcomes);
                single.observe(outcomes);
                steps++;
            }
            assertTrue(steps > 1, "the comparison covered " + steps + " steps");
        } finally {
            pool.shutdown();
        }
    }
}
