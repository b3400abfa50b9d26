package org.feedgym.env.world;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ForkJoinPool;
import org.feedgym.env.EndReason;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.random.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Candidate features left for their first read are the ones written with the step: a policy that
 * reads a few users now and then sees, bit for bit, what a policy reading every user after every
 * step sees, on one session, over days, with creators uploading, with sessions ended from outside
 * and on several threads.
 */
class LazyCandidateFeaturesTest {

    private static final int USERS = 300;

    @Test
    void sparseReadsSeeWhatEveryStepReadsSee() {
        ForkJoinPool pool = new ForkJoinPool(3);
        try {
            for (WorldConfig config : new WorldConfig[] {TestWorlds.config(0, 60), TestWorlds.config(3, 200),
                    CreatorsTest.config(0.5)}) {
                World world = WorldFactory.create(config, 21L, null);
                compare(world, null);
                compare(world, pool);
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Population {@code all} reads every user's whole vector after every step; {@code sparse}, on
     * {@code pool}, reads one user in five (ended ones too), then the whole matrix at the end.
     */
    private static void compare(World world, ForkJoinPool pool) {
        FeedPopulation all = new FeedPopulation(world, null);
        FeedPopulation sparse = new FeedPopulation(world, pool);
        all.reset(seeds());
        sparse.reset(seeds());
        int d = all.observations().dimension();
        float[] expected = new float[USERS * d];
        float[] seen = new float[d];
        int[] actions = new int[USERS];
        int reads = 0;
        for (int t = 0; !all.allDone(); t++) {
            assertFalse(sparse.allDone(), "step " + t);
            for (int u = 0; u < USERS; u++) {
                actions[u] = Math.floorMod(u * 31 + t * 7, world.candidateCount());
            }
            StepOutcomes a = all.step(actions);
            StepOutcomes b = sparse.step(actions);
            if (t == 10) {
                // (Near the end, with a handful of users left, one read may be half of them.)
                assertFalse(sparse.writesCandidatesWithStep(), "one read in five leaves them for their first read");
            }
            if (t == 4) {
                // Sessions ended from outside (a break prompt's way), in both populations alike.
                for (int u = 0; u < USERS; u += 11) {
                    all.endSession(u, EndReason.BREAK_TAKEN);
                    sparse.endSession(u, EndReason.BREAK_TAKEN);
                }
            }
            ObservationBatch obsAll = all.observations();
            ObservationBatch obsSparse = sparse.observations();
            for (int u = 0; u < USERS; u++) {
                assertEquals(a.shownItem(u), b.shownItem(u), "user " + u + " step " + t);
                obsAll.copyVector(u, expected, u * d);
            }
            for (int u = t % 5; u < USERS; u += 5) {
                if (u % 2 == 0) {
                    obsSparse.copyVector(u, seen, 0);
                    assertArrayEquals(java.util.Arrays.copyOfRange(expected, u * d, u * d + d), seen,
                            "user " + u + " step " + t);
                } else {
                    for (int c = 0; c < obsSparse.candidateCount(); c++) {
                        for (int f = 0; f < ObservationBatch.CANDIDATE_FEATURES; f++) {
                            assertEquals(obsAll.candidateFeature(u, c, f), obsSparse.candidateFeature(u, c, f),
                                    "user " + u + " candidate " + c + " feature " + f + " step " + t);
                        }
                    }
                }
                reads++;
            }
        }
        assertTrue(sparse.allDone());
        assertTrue(all.writesCandidatesWithStep(), "a policy that reads everything gets them with the step");
        assertTrue(reads > USERS, "reads " + reads);
        // The whole matrix at the end, written on the pool where the sparse reader left it.
        assertArrayEquals(expected, sparse.observations().features());
    }

    @Test
    void aPolicyThatReadsNothingNeverPaysForCandidateFeatures() {
        World world = TestWorlds.small(5L);
        FeedPopulation env = new FeedPopulation(world, null);
        env.reset(seeds());
        int[] actions = new int[USERS];
        while (!env.allDone()) {
            env.step(actions);
        }
        assertFalse(env.writesCandidatesWithStep());
        // The last observations are still there for whoever reads them: as a reader after every step saw.
        FeedPopulation reader = new FeedPopulation(world, null);
        reader.reset(seeds());
        while (!reader.allDone()) {
            reader.step(actions);
            reader.observations().features();
        }
        assertTrue(reader.writesCandidatesWithStep());
        assertArrayEquals(reader.observations().features(), env.observations().features());
    }

    private static long[] seeds() {
        long[] seeds = new long[USERS];
        for (int u = 0; u < USERS; u++) {
            seeds[u] = Seeds.derive(7, "lazy-user", u);
        }
        return seeds;
    }
}
