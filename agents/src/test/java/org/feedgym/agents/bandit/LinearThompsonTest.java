package org.feedgym.agents.bandit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.feedgym.env.random.Seeds;
import org.junit.jupiter.api.Test;

class LinearThompsonTest {

    private static final double[] THETA = {0.6, -0.4, 0.2, 0.1};
    private static final LinearArms PROBLEM = new LinearArms(10, 0.1, THETA);

    @Test
    void recoversAKnownLinearRewardWithinTolerance() {
        LinearThompson b = new LinearThompson(1, THETA.length, 0.3, 1, Seeds.generator(8));
        PROBLEM.play(LinearArms.of(b), 4000, 22);
        b.prepare();
        for (int i = 0; i < THETA.length; i++) {
            assertEquals(THETA[i], b.model(0).theta(i), 0.05, "weight " + i);
        }
    }

    @Test
    void cumulativeRegretGrowsSublinearly() {
        double r1000 = 0;
        double r16000 = 0;
        for (int run = 0; run < 5; run++) {
            LinearThompson b = new LinearThompson(1, THETA.length, 0.3, 1, Seeds.generator(Seeds.derive(9, "ts", run)));
            double[] regret = PROBLEM.play(LinearArms.of(b), 16_000, 200 + run);
            r1000 += regret[999] / 5;
            r16000 += regret[15_999] / 5;
        }
        // Õ(d·sqrt(T)) regret (Agrawal & Goyal 2013): ratio well under 16 (linear). Tolerance: below 6.
        assertTrue(r16000 < 6 * r1000, "R(1000) = " + r1000 + ", R(16000) = " + r16000);
    }

    @Test
    void sameSeedGivesTheSameChoices() {
        double[] a = PROBLEM.play(LinearArms.of(new LinearThompson(1, 4, 0.3, 1, Seeds.generator(1))), 300, 4);
        double[] b = PROBLEM.play(LinearArms.of(new LinearThompson(1, 4, 0.3, 1, Seeds.generator(1))), 300, 4);
        assertArrayEquals(a, b);
    }
}
