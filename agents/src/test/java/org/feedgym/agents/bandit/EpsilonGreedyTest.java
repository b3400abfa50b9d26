package org.feedgym.agents.bandit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.feedgym.env.random.Seeds;
import org.junit.jupiter.api.Test;

class EpsilonGreedyTest {

    private static final BernoulliArms ARMS = new BernoulliArms(0.3, 0.5, 0.7);

    @Test
    void withZeroEpsilonPicksTheHighestMeanAndBreaksTiesToTheFirstPosition() {
        EpsilonGreedy g = new EpsilonGreedy(3, 0, 0, Seeds.generator(1));
        g.update(0, 0.2);
        g.update(1, 0.6);
        g.update(2, 0.6);
        assertEquals(1, g.choose(new int[] {0, 1, 2}, 0, 3));
        assertEquals(0, g.choose(new int[] {2, 1}, 0, 2));
        assertEquals(0.6, g.mean(1), 1e-12);
    }

    @Test
    void decayHalvesEpsilonAfterTauPulls() {
        EpsilonGreedy g = new EpsilonGreedy(2, 0.4, 10, Seeds.generator(1));
        assertEquals(0.4, g.currentEpsilon(), 1e-12);
        for (int i = 0; i < 10; i++) {
            g.update(0, 1);
        }
        assertEquals(0.2, g.currentEpsilon(), 1e-12);
    }

    @Test
    void withConstantEpsilonTheBestArmShareApproachesOneMinusEpsilonPlusEpsilonOverK() {
        BernoulliArms.Run run = ARMS.play(new EpsilonGreedy(3, 0.1, 0, Seeds.generator(3)), 20_000, 5);
        double early = run.share(2, 0, 1000);
        double late = run.share(2, 10_000, 20_000);
        assertTrue(late > early, "late share " + late + " should exceed early share " + early);
        // Expected 1 − 0.1 + 0.1/3 = 0.9333 once the means are known; binomial sd over 10,000 rounds
        // is 0.0025, tolerance 0.02.
        assertEquals(0.9333, late, 0.02);
    }

    @Test
    void withConstantEpsilonRegretGrowsLinearlyAtEpsilonTimesTheMeanGap() {
        double[] regret = ARMS.meanRegret(seed -> new EpsilonGreedy(3, 0.1, 0, Seeds.generator(seed)),
                20_000, 10, 10_000, 20_000);
        // Once greedy has settled, each round costs ε·mean(Δ) = 0.1 * (0.4 + 0.2 + 0) / 3 = 0.02.
        double slope = (regret[1] - regret[0]) / 10_000;
        assertEquals(0.02, slope, 0.004);
    }

    @Test
    void withDecayingEpsilonBestArmShareRisesAndRegretGrowsSublinearly() {
        BernoulliArms.Run run = ARMS.play(new EpsilonGreedy(3, 1, 100, Seeds.generator(3)), 16_000, 5);
        double early = run.share(2, 0, 1000);
        double late = run.share(2, 15_000, 16_000);
        assertTrue(late > early && late > 0.95, "early " + early + ", late " + late);
        double[] regret = ARMS.meanRegret(seed -> new EpsilonGreedy(3, 1, 100, Seeds.generator(seed)),
                16_000, 10, 1000, 16_000);
        // ε_t = 100/(100 + t): exploration regret ≈ 0.2·100·ln(1 + T/100), ≈ 48 at 1000, ≈ 102 at
        // 16,000 (ratio 2.1). Linear growth would be a ratio of 16; tolerance: a ratio below 4.
        assertTrue(regret[1] < 4 * regret[0], "R(1000) = " + regret[0] + ", R(16000) = " + regret[1]);
    }

    @Test
    void withEpsilonOneChoosesUniformly() {
        EpsilonGreedy g = new EpsilonGreedy(4, 1, 0, Seeds.generator(9));
        int[] arms = {0, 1, 2, 3};
        int[] counts = new int[4];
        for (int t = 0; t < 40_000; t++) {
            counts[g.choose(arms, 0, 4)]++;
        }
        // Chi-squared with 3 degrees of freedom; 16.27 is its 0.999 quantile.
        double chi2 = 0;
        for (int c : counts) {
            chi2 += (c - 10_000.0) * (c - 10_000.0) / 10_000.0;
        }
        assertTrue(chi2 < 16.27, "chi2 = " + chi2);
    }

    @Test
    void rejectsEpsilonOutsideTheUnitInterval() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EpsilonGreedy(3, 1.5, 0, Seeds.generator(1)));
        assertEquals("epsilon must be in [0, 1], got 1.5", e.getMessage());
    }
}
