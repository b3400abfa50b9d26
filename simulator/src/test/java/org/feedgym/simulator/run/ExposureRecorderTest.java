package org.feedgym.simulator.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.feedgym.env.random.Seeds;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.world.StepOutcomesFixture;
import org.junit.jupiter.api.Test;

/** Hand-computed coverage, exposure Gini and homogenization. */
class ExposureRecorderTest {

    @Test
    void coverageGiniAndJaccardOfTwoUsers() {
        // 4 items; user 0 is shown 0, 1, 1; user 1 is shown 1, 2. Exposure counts: 1, 3, 1, 0.
        ExposureRecorder r = new ExposureRecorder(4, 2, Seeds.generator(1), 100);
        StepOutcomes o = StepOutcomesFixture.create(2);
        int[][] shown = {{0, 1}, {1, 2}, {1, -1}};
        for (int[] step : shown) {
            for (int u = 0; u < 2; u++) {
                if (step[u] < 0) {
                    StepOutcomesFixture.idle(o, u);
                } else {
                    StepOutcomesFixture.show(o, u, step[u], 0, 1, 10, false, 0);
                }
            }
            r.onStep(o);
        }
        ReplicateRecord rec = r.finish("a", 0);
        assertEquals(0.75, rec.coverage(), 1e-12);
        // sorted 0, 1, 1, 3: Σ(2i − 5)·x = −3·0 − 1·1 + 1·1 + 3·3 = 9; n·Σx = 4·5 = 20
        assertEquals(9.0 / 20, rec.exposureGini(), 1e-12);
        // sets {0, 1} and {1, 2}: 1 common of 3
        assertEquals(1.0 / 3, rec.homogenizationJaccard(), 1e-12);
        assertEquals(1, rec.pairs());
    }

    @Test
    void withCreatorsCoverageAndGiniAreOverTheItemsThatExistedNotOverUnusedSlots() {
        // 3 items of day 0 and 3 upload slots; 2 uploads were made, one of them (item 4) shown.
        // One user is shown 0, 0, 2, 4, 4, 4: counts over the items that existed 2, 0, 1, 3, 0.
        ExposureRecorder r = new ExposureRecorder(6, 1, Seeds.generator(1), 100);
        StepOutcomes o = StepOutcomesFixture.create(1);
        for (int item : new int[] {0, 0, 2, 4, 4, 4}) {
            StepOutcomesFixture.show(o, 0, item, 0, 1, 10, false, 0);
            r.onStep(o);
        }
        ReplicateRecord rec = r.finish("a", 0, 3, 2);
        assertEquals(3.0 / 5, rec.coverage(), 1e-12);
        // sorted 0, 0, 1, 2, 3: Σ(2i − 6)·x = −4·0 − 2·0 + 0·1 + 2·2 + 4·3 = 16; n·Σx = 5·6 = 30
        assertEquals(16.0 / 30, rec.exposureGini(), 1e-12);
    }
}
