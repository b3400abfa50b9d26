package org.feedgym.env.world;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import org.feedgym.env.EndReason;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.VectorAutoplayOff;
import org.feedgym.env.VectorBreakPrompt;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.VectorTimeLimit;
import org.feedgym.env.parallel.UserChunks;
import org.feedgym.env.random.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Candidate features left for their first read are the ones written with the step: a policy that
 * reads a few users now and then sees, bit for bit, what a policy reading every user after every
 * step sees, on one session, over days, with creators uploading, with sessions ended from outside
 * and on several threads; and both see what the encoder writes from the population's state.
 */
class LazyCandidateFeaturesTest {

    private static final int USERS = 300;

    @Test
    void sparseReadsSeeWhatEveryStepReadsSee() {
        onEachWorld((world, pool) -> {
            compare(world, null);
            compare(world, pool);
        });
    }

    /** Runs {@code body} on one session, over days and with creators, with a pool of three threads. */
    private static void onEachWorld(java.util.function.BiConsumer<World, ForkJoinPool> body) {
        ForkJoinPool pool = new ForkJoinPool(3);
        try {
            for (WorldConfig config : new WorldConfig[] {TestWorlds.config(0, 60), TestWorlds.config(3, 200),
                    CreatorsTest.config(0.5)}) {
                body.accept(WorldFactory.create(config, 21L, null), pool);
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

    /**
     * Through the wrappers that end sessions and episodes from outside (a time limit, break
     * prompts, autoplay off), with masked resets of ended users, read on the pool's threads (one
     * user in four, and now and then the whole matrix from inside a pool task): every read equals
     * what the encoder writes from the population's state, computed here independently of the
     * population's own writes, including right after each reset.
     */
    @Test
    void readsThroughWrappersAndMaskedResetsEqualTheEncoderOnTheState() {
        onEachWorld(LazyCandidateFeaturesTest::throughWrappers);
    }

    private static void throughWrappers(World world, ForkJoinPool pool) {
        FeedPopulation population = new FeedPopulation(world, pool);
        VectorEnvironment env = new VectorAutoplayOff(
                new VectorBreakPrompt(new VectorTimeLimit(population, 40), 1.0, 0.7), 0.1, 0.2);
        ObservationBatch obs = env.reset(seeds());
        int d = obs.dimension();
        assertReadsMatchEncoder(world, population, obs, pool, 0, d);
        int[] actions = new int[USERS];
        long episodes = 0;
        int compared = 0;
        for (int t = 0; t < 400 && !env.allDone(); t++) {
            for (int u = 0; u < USERS; u++) {
                actions[u] = Math.floorMod(u * 17 + t * 5, world.candidateCount());
            }
            StepOutcomes out = env.step(actions);
            compared += assertReadsMatchEncoder(world, population, obs, pool, t, d);
            boolean[] mask = new boolean[USERS];
            long[] fresh = new long[USERS];
            boolean any = false;
            for (int u = 0; u < USERS; u++) {
                if ((out.terminated(u) || out.truncated(u)) && (u + t) % 3 == 0 && t < 200) {
                    mask[u] = true;
                    fresh[u] = Seeds.derive(9, "lazy-episode", ++episodes);
                    any = true;
                }
            }
            if (any) {
                env.reset(fresh, mask);
                compared += assertReadsMatchEncoder(world, population, obs, pool, t, d);
            }
        }
        assertTrue(episodes > 0 && compared > USERS, episodes + " restarts, " + compared + " reads");
    }

    /** Reads one user in four on the pool (the whole matrix from a task on some steps); returns the count. */
    private static int assertReadsMatchEncoder(World world, FeedPopulation population, ObservationBatch obs,
                                               ForkJoinPool pool, int t, int d) {
        float[][] rows = new float[USERS][];
        pool.submit(() -> UserChunks.forEachUser(pool, USERS, u -> {
            if ((u + t) % 4 == 0) {
                rows[u] = new float[d];
                obs.copyVector(u, rows[u], 0);
            }
            if (u == 1 && t % 37 == 0) {
                obs.features();
            }
        })).join();
        float[] reference = new float[USERS * d];
        for (int u = 0; u < USERS; u++) {
            world.encoder().encodeUser(population.states(), u, reference);
            world.encoder().encodeCandidates(population.states(), u, reference);
        }
        int compared = 0;
        for (int u = 0; u < USERS; u++) {
            if (rows[u] != null) {
                assertArrayEquals(Arrays.copyOfRange(reference, u * d, u * d + d), rows[u], "user " + u + " step " + t);
                compared++;
            }
        }
        return compared;
    }

    /** Half of what the last step left, read: from the next step on they come with the step. */
    @Test
    void readingHalfOfThemSwitchesToWritingThemWithTheStep() {
        FeedPopulation env = new FeedPopulation(TestWorlds.small(5L), null);
        ObservationBatch obs = env.reset(seeds());
        int[] actions = new int[USERS];
        env.step(actions);
        env.step(actions);
        assertFalse(env.writesCandidatesWithStep(), "nothing read for two steps");
        for (int u = 0; u < USERS / 2; u++) {
            obs.candidateFeature(u, 0, ObservationBatch.F_HISTORY_COSINE);
        }
        env.step(actions);
        assertTrue(env.writesCandidatesWithStep(), "half read");

        FeedPopulation fewer = new FeedPopulation(TestWorlds.small(5L), null);
        ObservationBatch fewerObs = fewer.reset(seeds());
        fewer.step(actions);
        for (int u = 0; u < USERS / 2 - 1; u++) {
            fewerObs.candidateFeature(u, 0, ObservationBatch.F_HISTORY_COSINE);
        }
        fewer.step(actions);
        assertFalse(fewer.writesCandidatesWithStep(), "one fewer than half read");
    }

    /**
     * Users ended from outside between two steps keep their flags and count as unread: a policy
     * that reads nothing is not switched by truncations or break prompts.
     */
    @Test
    void usersEndedFromOutsideDoNotCountAsRead() {
        int[] actions = new int[USERS];
        FeedPopulation truncated = new FeedPopulation(TestWorlds.small(5L), null);
        ObservationBatch obs = truncated.reset(seeds());
        truncated.step(actions);
        for (int u = 0; u < USERS; u++) {
            if (u % 3 != 0 && obs.active(u)) {
                truncated.truncate(u, EndReason.STEP_LIMIT);
            }
        }
        truncated.step(actions);
        assertFalse(truncated.writesCandidatesWithStep(), "two thirds truncated, nothing read");

        FeedPopulation prompted = new FeedPopulation(TestWorlds.small(5L), null);
        VectorEnvironment env = new VectorBreakPrompt(prompted, 0.05, 1.0);
        env.reset(seeds());
        for (int t = 0; t < 8 && !env.allDone(); t++) {
            env.step(actions);
        }
        assertFalse(prompted.writesCandidatesWithStep(), "break prompts ending sessions, nothing read");
    }

    /**
     * A policy that reads only the features of the item alone (popularity's) gets them from the
     * item: the floats a reader of whole vectors sees, while the K cosines are never written and
     * the population never switches to writing them with the step.
     */
    @Test
    void itemFeaturesAreReadWithoutWritingTheCandidateFeatures() {
        World world = TestWorlds.small(5L);
        FeedPopulation itemsOnly = new FeedPopulation(world, null);
        FeedPopulation whole = new FeedPopulation(world, null);
        ObservationBatch items = itemsOnly.reset(seeds());
        ObservationBatch all = whole.reset(seeds());
        int k = world.candidateCount();
        float[] row = new float[all.dimension()];
        int[] actions = new int[USERS];
        long compared = 0;
        while (!whole.allDone()) {
            for (int u = 0; u < USERS; u++) {
                all.copyVector(u, row, 0);
                int best = 0;
                for (int c = 0; c < k; c++) {
                    for (int f = 0; f < ObservationBatch.CANDIDATE_FEATURES; f++) {
                        if (ObservationBatch.isItemFeature(f)) {
                            assertEquals(all.candidateFeature(u, c, f), items.candidateFeature(u, c, f),
                                    "user " + u + " candidate " + c + " feature " + f);
                            compared++;
                        }
                    }
                    if (items.candidateFeature(u, c, ObservationBatch.F_POPULARITY)
                            > items.candidateFeature(u, best, ObservationBatch.F_POPULARITY)) {
                        best = c;
                    }
                }
                actions[u] = best;
            }
            StepOutcomes a = whole.step(actions);
            StepOutcomes b = itemsOnly.step(actions);
            for (int u = 0; u < USERS; u++) {
                assertEquals(a.shownItem(u), b.shownItem(u), "user " + u);
            }
        }
        assertTrue(itemsOnly.allDone());
        assertTrue(whole.writesCandidatesWithStep(), "whole vectors read: written with the step");
        assertFalse(itemsOnly.writesCandidatesWithStep(), "item features only: never written with the step");
        assertTrue(compared > (long) USERS * k, "compared " + compared);
        assertArrayEquals(all.features(), items.features());
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
