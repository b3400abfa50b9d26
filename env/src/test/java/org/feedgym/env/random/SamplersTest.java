package org.feedgym.env.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class SamplersTest {

    @Test
    void betaDrawsHaveTheRightMeanAndVarianceForShapesAboveAndBelowOne() {
        RandomGenerator r = Seeds.generator(12);
        checkBeta(r, 2, 5);
        checkBeta(r, 0.5, 0.5);
        checkBeta(r, 0.3, 4);
    }

    private static void checkBeta(RandomGenerator r, double a, double b) {
        int n = 40_000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double x = Samplers.beta(a, b, r);
            assertTrue(x >= 0 && x <= 1, "sample " + x);
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / n;
        double var = sumSq / n - mean * mean;
        double expMean = a / (a + b);
        double expVar = a * b / ((a + b) * (a + b) * (a + b + 1));
        // Tolerance: 5 standard errors of the mean (sd/√n) and 5% of the variance.
        assertEquals(expMean, mean, 5 * Math.sqrt(expVar / n), "mean of Beta(" + a + ", " + b + ")");
        assertEquals(expVar, var, 0.05 * expVar, "variance of Beta(" + a + ", " + b + ")");
    }

    @Test
    void gammaDrawsHaveMeanAndVarianceEqualToTheShape() {
        RandomGenerator r = Seeds.generator(5, "gamma-test", 0);
        for (double shape : new double[] {0.4, 1, 3.5}) {
            int n = 40_000;
            double sum = 0;
            double sumSq = 0;
            for (int i = 0; i < n; i++) {
                double x = Samplers.gamma(shape, r);
                assertTrue(x >= 0, "sample " + x);
                sum += x;
                sumSq += x * x;
            }
            double mean = sum / n;
            double var = sumSq / n - mean * mean;
            // Gamma(k, 1): mean k, variance k; 5 standard errors of the mean, 8% of the variance.
            assertEquals(shape, mean, 5 * Math.sqrt(shape / n), "mean of Gamma(" + shape + ")");
            assertEquals(shape, var, 0.08 * shape, "variance of Gamma(" + shape + ")");
        }
    }

    @Test
    void theSameGeneratorStateGivesTheSameVariates() {
        RandomGenerator a = Seeds.generator(7, "samplers", 0);
        RandomGenerator b = Seeds.generator(7, "samplers", 0);
        for (int i = 0; i < 100; i++) {
            assertEquals(Samplers.beta(0.7, 3, a), Samplers.beta(0.7, 3, b));
            assertEquals(Samplers.gamma(2.5, a), Samplers.gamma(2.5, b));
        }
    }

    @Test
    void aBetaWithATinyAlphaGivesAFiniteValueInTheUnitIntervalNotNaN() {
        // α ≈ 9e-9, β ≈ 9 (mean 1e-9): X ~ Gamma(α) underflows, which must give 0, not 0/0.
        RandomGenerator rng = Seeds.generator(2, "beta-test", 0);
        for (int i = 0; i < 1000; i++) {
            double x = Samplers.beta(9e-9, 9, rng);
            assertTrue(x >= 0 && x <= 1, "sample " + x);
        }
    }

    @Test
    void dirichletWithTinyConcentrationsSumsToOne() {
        // 0.1 · Dirichlet(100·1_20) (the homogenization study) puts every concentration near 0.005.
        RandomGenerator rng = Seeds.generator(3, "dirichlet-test", 0);
        double[] params = new double[20];
        java.util.Arrays.fill(params, 0.005);
        double[] out = new double[20];
        for (int rep = 0; rep < 200; rep++) {
            Samplers.dirichlet(params, 0, 20, rng, out, 0);
            double sum = 0;
            for (double v : out) {
                assertTrue(v >= 0 && Double.isFinite(v));
                sum += v;
            }
            assertEquals(1, sum, 1e-12);
        }
    }

    @Test
    void dirichletMeansAreTheNormalisedConcentrations() {
        RandomGenerator rng = Seeds.generator(4, "dirichlet-test", 0);
        double[] params = {1, 2, 7};
        double[] out = new double[3];
        double[] sum = new double[3];
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            Samplers.dirichlet(params, 0, 3, rng, out, 0);
            for (int j = 0; j < 3; j++) {
                sum[j] += out[j];
            }
        }
        // Means 0.1, 0.2, 0.7; the largest standard deviation is sqrt(0.7·0.3/11) = 0.138, so the
        // standard error is under 1e-3.
        assertEquals(0.1, sum[0] / n, 5e-3);
        assertEquals(0.2, sum[1] / n, 5e-3);
        assertEquals(0.7, sum[2] / n, 5e-3);
    }
}
