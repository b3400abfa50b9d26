package org.feedgym.agents.bandit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.random.RandomGenerator;
import org.feedgym.env.random.Seeds;
import org.junit.jupiter.api.Test;

class RidgeRegressionTest {

    @Test
    void solvesTheHandComputedTwoDimensionalCase() {
        RidgeRegression m = new RidgeRegression(2, 1);
        m.add(new double[] {1, 1}, 0, 1);
        m.solve();
        // A = [[2, 1], [1, 2]], A⁻¹ = [[2, −1], [−1, 2]] / 3, b = (1, 1), θ = (1/3, 1/3).
        assertEquals(1.0 / 3, m.theta(0), 1e-12);
        assertEquals(1.0 / 3, m.theta(1), 1e-12);
        assertEquals(2.0 / 3, m.inverse(0, 0), 1e-12);
        assertEquals(-1.0 / 3, m.inverse(0, 1), 1e-12);
        // xᵀA⁻¹x for x = (1, 0) is 2/3; θᵀx for x = (2, 1) is 1.
        assertEquals(2.0 / 3, m.variance(new double[] {9, 1, 0}, 1), 1e-12);
        assertEquals(1.0, m.predict(new double[] {2, 1}, 0), 1e-12);
    }

    @Test
    void refusesToReadAStaleEstimate() {
        RidgeRegression m = new RidgeRegression(2, 1);
        m.add(new double[] {1, 0}, 0, 1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> m.theta(0));
        assertEquals("observations were added: call solve() first", e.getMessage());
    }

    @Test
    void samplesHaveMeanThetaAndCovarianceScaledInverse() {
        RidgeRegression m = new RidgeRegression(2, 1);
        m.add(new double[] {1, 1}, 0, 1);
        m.solve();
        RandomGenerator r = Seeds.generator(5);
        int n = 50_000;
        double scale = 2;
        double[] s = new double[2];
        double m0 = 0;
        double m1 = 0;
        double c00 = 0;
        double c01 = 0;
        for (int i = 0; i < n; i++) {
            m.sample(r, scale, s);
            double d0 = s[0] - 1.0 / 3;
            double d1 = s[1] - 1.0 / 3;
            m0 += d0;
            m1 += d1;
            c00 += d0 * d0;
            c01 += d0 * d1;
        }
        // Covariance 4·A⁻¹ = [[8/3, −4/3], ...]; standard error of the mean sqrt(8/3 / n) ≈ 0.0073,
        // tolerance 0.03; covariances within 3% of 8/3.
        assertEquals(0, m0 / n, 0.03);
        assertEquals(0, m1 / n, 0.03);
        assertEquals(8.0 / 3, c00 / n, 0.08);
        assertEquals(-4.0 / 3, c01 / n, 0.08);
    }

    @Test
    void rejectsANonPositiveRidge() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RidgeRegression(2, 0));
        assertEquals("lambda must be > 0, got 0.0", e.getMessage());
    }
}
