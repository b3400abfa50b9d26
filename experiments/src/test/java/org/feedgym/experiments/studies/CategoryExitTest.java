package org.feedgym.experiments.studies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CategoryExitTest {

    @Test
    void twoEqualTopicsPredictThreeItemsForRandomAndKnownValuesForTheRepeater() {
        double[] p = {0.5, 0.5};
        // q = 0.5: 1 + 1/q = 3 without a cap; with a cap of 2 steps exactly 2.
        assertEquals(3.0, CategoryExit.randomLength(p, 10_000), 1e-12);
        assertEquals(2.0, CategoryExit.randomLength(p, 2), 1e-12);
        // K = 1: a_c = 0.5 and the other topic always: T = 1 + 0.5 T, T = 2, E = 3 (as random).
        assertEquals(3.0, CategoryExit.repeaterLength(p, 1), 1e-9);
        // K = 2: a_c = 0.75, T = 1 + 0.25 T, T = 4/3, E = 7/3.
        assertEquals(7.0 / 3, CategoryExit.repeaterLength(p, 2), 1e-9);
    }
}
