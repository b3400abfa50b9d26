package org.feedgym.agents.recommender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.feedgym.env.data.InteractionLog;
import org.feedgym.env.random.Seeds;
import org.junit.jupiter.api.Test;

class MatrixFactorizationTest {

    @Test
    void oneSgdStepMatchesTheHandComputedUpdate() {
        MatrixFactorization m = new MatrixFactorization(1, 1, 1, 0.5, new double[] {0}, new double[] {0},
                new double[] {0.2}, new double[] {0.5});
        // r̂ = 0.5 + 0.2·0.5 = 0.6; e = 0.4; γ = λ = 0.1:
        // b_u = b_i = 0.1·0.4 = 0.04; p = 0.2 + 0.1(0.4·0.5 − 0.1·0.2) = 0.218; q = 0.5 + 0.1(0.4·0.2 − 0.1·0.5) = 0.503
        double e = m.step(0, 0, 1.0, 0.1, 0.1);
        assertEquals(0.4, e, 1e-12);
        assertEquals(0.04, m.userBias(0), 1e-12);
        assertEquals(0.04, m.itemBias(0), 1e-12);
        assertEquals(0.218, m.userFactor(0, 0), 1e-12);
        assertEquals(0.503, m.itemFactor(0, 0), 1e-12);
    }

    @Test
    void fitsARankOneMatrixWithBiases() {
        // r_ui = 0.5 + 0.1·(u mod 3) + 0.3·a_u·b_i with a_u, b_i in [−1, 1]: rank one plus biases.
        int users = 30;
        int items = 20;
        InteractionLog.Builder b = InteractionLog.builder(users, items);
        for (int u = 0; u < users; u++) {
            double a = -1 + 2.0 * u / (users - 1);
            for (int i = 0; i < items; i++) {
                double c = Math.cos(i);
                b.add(u, i, (float) (0.5 + 0.1 * (u % 3) + 0.3 * a * c), i);
            }
        }
        InteractionLog log = b.build();
        MatrixFactorization m = new MatrixFactorization(users, items, 2, log.meanSignal(), Seeds.generator(1), 0.1);
        int[] order = new int[log.size()];
        for (int r = 0; r < order.length; r++) {
            order[r] = r;
        }
        double before = m.rmse(log);
        for (int epoch = 0; epoch < 300; epoch++) {
            m.epoch(log, order, 0.05, 0.0);
        }
        double after = m.rmse(log);
        // The data's standard deviation is about 0.17; a fitted model is within 0.02.
        assertTrue(before > 0.1, "before " + before);
        assertTrue(after < 0.02, "training RMSE " + after);
    }
}
