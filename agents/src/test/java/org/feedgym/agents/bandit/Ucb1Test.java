package org.feedgym.agents.bandit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Ucb1Test {

    private static final BernoulliArms ARMS = new BernoulliArms(0.3, 0.5, 0.7);

    @Test
    void pullsEveryOfferedArmOnceBeforeComparingIndices() {
        Ucb1 ucb = new Ucb1(4, 1);
        ucb.update(0, 1);
        ucb.update(2, 1);
        assertEquals(1, ucb.choose(new int[] {0, 1, 2, 3}, 0, 4));
        assertEquals(2, ucb.choose(new int[] {9, 0, 2, 3}, 1, 3), "arm 3 at relative position 2 is untried");
    }

    @Test
    void indexIsTheMeanPlusTheHandComputedBonus() {
        Ucb1 ucb = new Ucb1(2, 1);
        ucb.update(0, 1);
        ucb.update(0, 0);
        ucb.update(0, 1);
        ucb.update(1, 0);
        // t = 4; arm 0: 2/3 + sqrt(2 ln 4 / 3) = 0.666667 + 0.961301; arm 1: 0 + sqrt(2 ln 4 / 1) = 1.665109
        assertEquals(2.0 / 3 + Math.sqrt(2 * Math.log(4) / 3), ucb.index(0), 1e-12);
        assertEquals(1.6651092223153954, ucb.index(1), 1e-12);
        assertEquals(1, ucb.choose(new int[] {0, 1}, 0, 2), "arm 1's bonus outweighs arm 0's better mean");
    }

    @Test
    void bestArmShareOfPullsRises() {
        BernoulliArms.Run run = ARMS.play(new Ucb1(3, 1), 20_000, 11);
        double early = run.share(2, 0, 1000);
        double late = run.share(2, 19_000, 20_000);
        assertTrue(late > early, "late share " + late + " should exceed early share " + early);
        // Theory: arm 1 gets about 8 ln T / 0.2² ≈ 2000 of 20,000 pulls, mostly early; late share well above 0.8.
        assertTrue(late > 0.85, "late share of the best arm " + late);
    }

    @Test
    void cumulativeRegretGrowsSublinearlyAndStaysUnderTheAuerBound() {
        double[] regret = ARMS.meanRegret(seed -> new Ucb1(3, 1), 16_000, 10, 1000, 16_000);
        // Linear growth would multiply regret by 16 from T = 1000 to 16,000; logarithmic growth by
        // about ln(16000)/ln(1000) ≈ 1.4 plus constants. Tolerance: a factor 4.
        assertTrue(regret[1] < 4 * regret[0], "R(1000) = " + regret[0] + ", R(16000) = " + regret[1]);
        // Auer et al. 2002, Theorem 1: E[R(T)] <= Σ 8 ln T / Δ + (1 + π²/3) Σ Δ = 8 ln 16000 (1/0.4 + 1/0.2) + 4.29 * 0.6 ≈ 583.
        double bound = 8 * Math.log(16_000) * (1 / 0.4 + 1 / 0.2) + (1 + Math.PI * Math.PI / 3) * 0.6;
        assertTrue(regret[1] < bound, "mean R(16000) = " + regret[1] + " vs bound " + bound);
    }

    @Test
    void rejectsANegativeExplorationWeight() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Ucb1(3, -1));
        assertEquals("c must be >= 0, got -1.0", e.getMessage());
    }
}
