package org.feedgym.studies.homogenization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.random.RandomGenerator;
import org.feedgym.env.random.Samplers;
import org.feedgym.env.random.Seeds;
import org.junit.jupiter.api.Test;

class DistributionsTest {

    @Test
    void betaParametersMatchHandComputedValues() {
        // μ = 0.5, σ = 0.1: α = ((0.5)/0.01 − 2)·0.25 = 12, β = 12·(2 − 1) = 12.
        double a = Distributions.betaAlpha(0.5, 0.1);
        assertEquals(12, a, 1e-12);
        assertEquals(12, Distributions.betaBeta(a, 0.5), 1e-12);
        // μ = 0.2, σ = 0.1: α = ((0.8)/0.01 − 5)·0.04 = 3, β = 3·(5 − 1) = 12; variance
        // αβ/((α+β)²(α+β+1)) = 36/(225·16) = 0.01 = σ².
        double a2 = Distributions.betaAlpha(0.2, 0.1);
        assertEquals(3, a2, 1e-12);
        assertEquals(12, Distributions.betaBeta(a2, 0.2), 1e-12);
    }

    @Test
    void theStudysKnownFractionBetaHasMeanPointNineEightAndSpreadOneEMinusFive() {
        double a = Distributions.betaAlpha(0.98, 1e-5);
        double b = Distributions.betaBeta(a, 0.98);
        // α = (0.02/1e-10 − 1/0.98)·0.98² = (2e8 − 1.0204…)·0.9604 ≈ 1.9208e8.
        assertEquals(1.9208e8, a, 1e3);
        assertEquals(0.98, a / (a + b), 1e-15);
        double variance = a * b / ((a + b) * (a + b) * (a + b + 1));
        assertEquals(1e-10, variance, 1e-16);
    }

    @Test
    void betaSamplesHaveTheRequestedMeanAndSpread() {
        RandomGenerator rng = Seeds.generator(1, "beta-test", 0);
        double a = Distributions.betaAlpha(0.3, 0.05);
        double b = Distributions.betaBeta(a, 0.3);
        int n = 40_000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double x = Samplers.beta(a, b, rng);
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / n;
        double sd = Math.sqrt(sumSq / n - mean * mean);
        // Standard error of the mean 0.05/200 = 2.5e-4: five of them is 1.25e-3.
        assertEquals(0.3, mean, 1.25e-3);
        assertEquals(0.05, sd, 0.05 * 0.03);
    }

    @Test
    void aSpreadNoBetaCanHaveIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Distributions.betaAlpha(0.5, 0.6));
        assertEquals("Beta sigma must be in (0, sqrt(mean(1 - mean))), got 0.6 for mean 0.5", e.getMessage());
    }
}
