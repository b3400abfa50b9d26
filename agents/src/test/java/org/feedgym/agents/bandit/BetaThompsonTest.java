package org.feedgym.agents.bandit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.feedgym.env.random.Seeds;
import org.junit.jupiter.api.Test;

class BetaThompsonTest {

    private static final BernoulliArms ARMS = new BernoulliArms(0.3, 0.5, 0.7);

    @Test
    void posteriorMeanIsTheHandComputedBetaMean() {
        BetaThompson ts = new BetaThompson(2, 1, 1, Seeds.generator(1));
        ts.update(0, 1);
        ts.update(0, 1);
        ts.update(0, 1);
        ts.update(0, 0);
        // Beta(1 + 3, 1 + 1): mean 4/6.
        assertEquals(4.0 / 6, ts.posteriorMean(0), 1e-12);
        assertEquals(0.5, ts.posteriorMean(1), 1e-12);
    }

    @Test
    void bestArmShareOfPullsRises() {
        BernoulliArms.Run run = ARMS.play(new BetaThompson(3, 1, 1, Seeds.generator(4)), 16_000, 6);
        double early = run.share(2, 0, 1000);
        double late = run.share(2, 15_000, 16_000);
        assertTrue(late > early, "late share " + late + " should exceed early share " + early);
        assertTrue(late > 0.95, "late share of the best arm " + late);
    }

    @Test
    void cumulativeRegretGrowsSublinearly() {
        double[] regret = ARMS.meanRegret(seed -> new BetaThompson(3, 1, 1, Seeds.generator(seed)),
                16_000, 10, 1000, 16_000);
        // Logarithmic regret (Agrawal & Goyal 2012) gives a ratio near ln(16000)/ln(1000) ≈ 1.4;
        // linear growth gives 16. Tolerance: a ratio below 4.
        assertTrue(regret[1] < 4 * regret[0], "R(1000) = " + regret[0] + ", R(16000) = " + regret[1]);
    }

    @Test
    void rejectsARewardOutsideTheUnitInterval() {
        BetaThompson ts = new BetaThompson(2, 1, 1, Seeds.generator(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ts.update(1, 2));
        assertEquals("reward must be in [0, 1], got 2.0 for arm 1", e.getMessage());
    }
}
