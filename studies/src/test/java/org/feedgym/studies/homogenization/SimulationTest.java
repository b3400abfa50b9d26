package org.feedgym.studies.homogenization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class SimulationTest {

    private static final int PER_STEP = 5;
    private static final ModeConfig REPEATED = new ModeConfig(null, ModeConfig.REPEATED, 4, 8);
    private static final ModeConfig SINGLE = new ModeConfig(null, ModeConfig.SINGLE, 4, 8);

    private static StudyWorld world(int users, boolean cache) {
        StudyWorld.Parameters p = new StudyWorld.Parameters(users, 6, PER_STEP * 12, 10, 0.1, 100, 0.98, 1e-5);
        return StudyWorld.sample(p, 99, cache);
    }

    private static int[] run(StudyWorld w, RecommenderKind kind, ModeConfig mode, boolean keep, ForkJoinPool pool,
                             boolean exhaustive) {
        Simulation s = new Simulation(w, kind, mode, PER_STEP, -0.8, keep, MfConfig.defaults(), 17, pool, exhaustive);
        for (int t = 0; t < mode.totalSteps(); t++) {
            s.step();
        }
        return s.history().clone();
    }

    @ParameterizedTest
    @EnumSource(RecommenderKind.class)
    void stoppingEarlyInTheListGivesTheChoicesOfReadingWholeLists(RecommenderKind kind) {
        StudyWorld w = world(30, true);
        for (boolean keep : new boolean[] {true, false}) {
            assertArrayEquals(run(w, kind, REPEATED, keep, null, true), run(w, kind, REPEATED, keep, null, false));
        }
    }

    @ParameterizedTest
    @EnumSource(RecommenderKind.class)
    void cachedAndOnDemandUtilitiesGiveTheSameRun(RecommenderKind kind) {
        assertArrayEquals(run(world(30, true), kind, REPEATED, true, null, false),
                run(world(30, false), kind, REPEATED, true, null, false));
    }

    @Test
    void choicesDoNotDependOnTheNumberOfThreads() {
        // 600 users make three chunks of 256, so the pool really splits the work.
        StudyWorld w = world(600, true);
        ForkJoinPool pool = new ForkJoinPool(3);
        try {
            for (RecommenderKind kind : new RecommenderKind[] {RecommenderKind.CONTENT, RecommenderKind.POPULARITY}) {
                assertArrayEquals(run(w, kind, REPEATED, true, null, false), run(w, kind, REPEATED, true, pool, false));
            }
        } finally {
            pool.shutdown();
        }
    }

    @ParameterizedTest
    @EnumSource(RecommenderKind.class)
    void everyUserConsumesOneReleasedItemPerStepAndNeverTheSameTwice(RecommenderKind kind) {
        StudyWorld w = world(30, true);
        int[] h = run(w, kind, REPEATED, true, null, false);
        for (int u = 0; u < 30; u++) {
            Set<Integer> seen = new HashSet<>();
            for (int t = 0; t < REPEATED.totalSteps(); t++) {
                int item = h[t * 30 + u];
                assertTrue(item >= 0 && item < PER_STEP * (t + 1), "item " + item + " not yet released at step " + t);
                assertTrue(seen.add(item), "user " + u + " consumed " + item + " twice");
            }
        }
    }

    @Test
    void duringTheStartupUsersChooseOnlyAmongTheNewItems() {
        int[] h = run(world(30, true), RecommenderKind.CONTENT, REPEATED, true, null, false);
        for (int t = 0; t < REPEATED.startupSteps(); t++) {
            for (int u = 0; u < 30; u++) {
                int item = h[t * 30 + u];
                assertTrue(item >= t * PER_STEP && item < (t + 1) * PER_STEP, "step " + t + " item " + item);
            }
        }
    }

    @Test
    void singleTrainingShowsOnlyTheTrainingItemsAndTheNewestOnes() {
        int training = SINGLE.startupSteps() * PER_STEP;
        int[] h = run(world(30, true), RecommenderKind.POPULARITY, SINGLE, true, null, false);
        for (int t = SINGLE.startupSteps(); t < SINGLE.totalSteps(); t++) {
            for (int u = 0; u < 30; u++) {
                int item = h[t * 30 + u];
                assertTrue(item < training || item >= t * PER_STEP, "step " + t + " item " + item);
            }
        }
    }

    @Test
    void theIdealRecommenderEarnsMoreUtilityThanRandomOnAverage() {
        StudyWorld w = world(60, true);
        double ideal = 0;
        double random = 0;
        for (RecommenderKind kind : new RecommenderKind[] {RecommenderKind.IDEAL, RecommenderKind.RANDOM}) {
            Simulation s = new Simulation(w, kind, REPEATED, PER_STEP, -0.8, true, MfConfig.defaults(), 3, null);
            double sum = 0;
            for (int t = 0; t < REPEATED.totalSteps(); t++) {
                s.step();
                if (t >= REPEATED.startupSteps()) {
                    sum += s.meanUtility(t);
                }
            }
            if (kind == RecommenderKind.IDEAL) {
                ideal = sum;
            } else {
                random = sum;
            }
        }
        assertTrue(ideal > random, ideal + " vs " + random);
    }

    @Test
    void meanUtilityIsTheAverageTrueUtilityOfTheConsumedItems() {
        StudyWorld w = world(30, true);
        Simulation s = new Simulation(w, RecommenderKind.CONTENT, REPEATED, PER_STEP, -0.8, true,
                MfConfig.defaults(), 5, null);
        s.step();
        PairStream scratch = new PairStream(0);
        double sum = 0;
        for (int u = 0; u < 30; u++) {
            sum += w.trueUtility(u, s.history()[u], scratch);
        }
        assertEquals(sum / 30, s.meanUtility(0), 1e-15);
    }
}
