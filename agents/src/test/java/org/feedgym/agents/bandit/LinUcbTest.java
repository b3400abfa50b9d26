package org.feedgym.agents.bandit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinUcbTest {

    private static final double[] THETA = {0.6, -0.4, 0.2, 0.1};
    private static final LinearArms PROBLEM = new LinearArms(10, 0.1, THETA);

    @Test
    void scoreIsTheRidgeEstimatePlusAlphaTimesTheHandComputedWidth() {
        LinUcb b = new LinUcb(1, 2, 0.5, 1);
        b.update(0, new double[] {1, 1}, 0, 1);
        b.prepare();
        // θ = (1/3, 1/3), A⁻¹ = [[2, −1], [−1, 2]] / 3; for x = (1, 0): 1/3 + 0.5·sqrt(2/3).
        assertEquals(1.0 / 3 + 0.5 * Math.sqrt(2.0 / 3), b.score(0, new double[] {1, 0}, 0), 1e-12);
    }

    @Test
    void disjointModelsLearnSeparately() {
        LinUcb b = new LinUcb(2, 1, 0, 1);
        b.update(0, new double[] {1}, 0, 3);
        b.prepare();
        assertEquals(1.5, b.model(0).theta(0), 1e-12);
        assertEquals(0.0, b.model(1).theta(0), 1e-12);
        assertEquals(0, b.choose(new int[] {1, 0}, new double[] {1, 1}, 2) == 1 ? 0 : 1);
    }

    @Test
    void recoversAKnownLinearRewardWithinTolerance() {
        LinUcb b = new LinUcb(1, THETA.length, 0.5, 1);
        PROBLEM.play(LinearArms.of(b), 4000, 21);
        b.prepare();
        // 4000 noisy rewards (sd 0.1) over contexts spread by exploration: each weight within 0.05.
        for (int i = 0; i < THETA.length; i++) {
            assertEquals(THETA[i], b.model(0).theta(i), 0.05, "weight " + i);
        }
    }

    @Test
    void cumulativeRegretGrowsSublinearly() {
        double r1000 = 0;
        double r16000 = 0;
        for (int run = 0; run < 5; run++) {
            double[] regret = PROBLEM.play(LinearArms.of(new LinUcb(1, THETA.length, 0.5, 1)), 16_000, 100 + run);
            r1000 += regret[999] / 5;
            r16000 += regret[15_999] / 5;
        }
        // LinUCB's regret is O(d·sqrt(T)·log T): from T = 1000 to 16,000 the ratio is at most about
        // 4·1.4 and in practice smaller; linear growth would be 16. Tolerance: a ratio below 6.
        assertTrue(r16000 < 6 * r1000, "R(1000) = " + r1000 + ", R(16000) = " + r16000);
    }

    @Test
    void exploresLessWithAlphaZero() {
        double[] greedy = PROBLEM.play(LinearArms.of(new LinUcb(1, THETA.length, 0, 1)), 500, 3);
        double[] explore = PROBLEM.play(LinearArms.of(new LinUcb(1, THETA.length, 5, 1)), 500, 3);
        assertNotEquals(greedy[499], explore[499]);
    }

    @Test
    void rejectsANegativeAlpha() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LinUcb(1, 2, -1, 1));
        assertEquals("alpha must be >= 0, got -1.0", e.getMessage());
    }
}
