package org.feedgym.env.world;

import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.Environment;
import org.feedgym.env.FeedObservation;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.ObservationBatch;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ForkJoinPool;
import org.feedgym.env.StepResult;
import org.junit.jupiter.api.Test;

/**
 * Stepping N users together gives exactly the trajectories of N single environments with the
 * same seeds and actions, whatever the thread count.
 */
class PopulationEquivalenceTest {

    private static final int USERS = 600;

    /** A deterministic action rule that depends on the user and the step. */
    private static int action(int user, int step, int k) {
        return Math.floorMod(user * 31 + step * 7, k);
    }

    @Test
    void populationMatchesSingleEnvironmentsStepForStep() {
        World world = TestWorlds.small(21L);
        for (int days : new int[] {0, 3}) {
            World w = days == 0 ? world : WorldFactory.create(TestWorlds.config(days, 200), 21L, null);
            long[] seeds = seeds();
            VectorEnvironment population = w.vectorEnvironment(null);
            population.reset(seeds);
            @SuppressWarnings("unchecked")
            Environment<FeedObservation, Integer>[] singles = new Environment[USERS];
            for (int u = 0; u < USERS; u++) {
                singles[u] = w.environment();
                FeedObservation first = singles[u].reset(seeds[u]).observation();
                assertObservationEquals(population.observations(), u, first);
            }
            int k = w.candidateCount();
            int[] actions = new int[USERS];
            boolean[] ended = new boolean[USERS];
            for (int t = 0; !population.allDone(); t++) {
                for (int u = 0; u < USERS; u++) {
                    actions[u] = action(u, t, k);
                }
                StepOutcomes o = population.step(actions);
                for (int u = 0; u < USERS; u++) {
                    if (ended[u]) {
                        assertEquals(-1, o.shownItem(u));
                        continue;
                    }
                    StepResult<FeedObservation> s = singles[u].step(actions[u]);
                    assertEquals(s.reward(), o.reward(u), "user " + u + " step " + t);
                    assertEquals(s.terminated(), o.terminated(u));
                    assertEquals(s.truncated(), o.truncated(u));
                    assertEquals(s.info().get("item"), o.shownItem(u));
                    assertObservationEquals(population.observations(), u, s.observation());
                    ended[u] = s.done();
                }
            }
        }
    }

    @Test
    void threadCountDoesNotChangeTrajectories() {
        World world = TestWorlds.small(4L);
        ForkJoinPool pool = new ForkJoinPool(3);
        try {
            VectorEnvironment sequential = world.vectorEnvironment(null);
            VectorEnvironment parallel = world.vectorEnvironment(pool);
            sequential.reset(seeds());
            parallel.reset(seeds());
            int[] actions = new int[USERS];
            for (int t = 0; !sequential.allDone(); t++) {
                for (int u = 0; u < USERS; u++) {
                    actions[u] = action(u, t, world.candidateCount());
                }
                StepOutcomes a = sequential.step(actions);
                double[] rewardsA = new double[USERS];
                int[] itemsA = new int[USERS];
                for (int u = 0; u < USERS; u++) {
                    rewardsA[u] = a.reward(u);
                    itemsA[u] = a.shownItem(u);
                }
                StepOutcomes b = parallel.step(actions);
                for (int u = 0; u < USERS; u++) {
                    assertEquals(rewardsA[u], b.reward(u));
                    assertEquals(itemsA[u], b.shownItem(u));
                }
                assertArrayEquals(sequential.observations().features(), parallel.observations().features());
            }
            assertEquals(0, parallel.activeCount());
        } finally {
            pool.shutdown();
        }
    }

    private static long[] seeds() {
        long[] seeds = new long[USERS];
        for (int u = 0; u < USERS; u++) {
            seeds[u] = 1_000 + 17L * u;
        }
        return seeds;
    }

    private static void assertObservationEquals(ObservationBatch batch, int u, FeedObservation single) {
        float[] v = new float[batch.dimension()];
        batch.copyVector(u, v, 0);
        assertArrayEquals(single.vector(), v, "observation of user " + u);
        for (int c = 0; c < batch.candidateCount(); c++) {
            assertEquals(single.candidate(c), batch.candidate(u, c));
        }
    }
}
