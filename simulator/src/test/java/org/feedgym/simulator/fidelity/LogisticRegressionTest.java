package org.feedgym.simulator.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    /** x = 0: 10 rows, 3 positive; x = 1: 10 rows, 8 positive. */
    private static final double[][] X = new double[20][];
    private static final boolean[] Y = new boolean[20];

    static {
        for (int i = 0; i < 20; i++) {
            X[i] = new double[] {i < 10 ? 0 : 1};
            Y[i] = i < 10 ? i < 3 : i < 18;
        }
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    @Test
    void oneBinaryFeatureFitsTheGroupLogOddsExactly() {
        // With one binary feature the maximum-likelihood fit reproduces each group's rate:
        // intercept = logit(0.3), slope = logit(0.8) − logit(0.3).
        LogisticRegression m = LogisticRegression.fit(X, Y, 0);
        assertEquals(logit(0.3), m.coefficients()[0], 1e-9);
        assertEquals(logit(0.8) - logit(0.3), m.coefficients()[1], 1e-9);
        assertEquals(0.8, m.probability(new double[] {1}), 1e-9);
    }

    @Test
    void aRidgePenaltyShrinksTheSlope() {
        double free = LogisticRegression.fit(X, Y, 0).coefficients()[1];
        double shrunk = LogisticRegression.fit(X, Y, 5).coefficients()[1];
        assertTrue(shrunk > 0 && shrunk < free, shrunk + " vs " + free);
    }

    @Test
    void aSeparatingFeatureStaysFiniteWithASmallRidge() {
        double[][] x = {{0}, {0}, {1}, {1}};
        boolean[] y = {false, false, true, true};
        LogisticRegression m = LogisticRegression.fit(x, y, 1e-3);
        assertTrue(Double.isFinite(m.coefficients()[1]));
        assertTrue(m.probability(new double[] {1}) > 0.9);
    }

    @Test
    void raggedFeaturesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.fit(new double[][] {{1, 2}, {3}}, new boolean[] {true, false}, 0));
        assertEquals("every feature row must have 2 values, got 1", e.getMessage());
    }
}
