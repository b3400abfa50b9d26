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
        e = assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.fit(new double[][] {{1}, {Double.NaN}}, new boolean[] {true, false}, 0));
        assertEquals("features must be finite, got NaN in row 1", e.getMessage());
    }

    @Test
    void atTheFitTheScoreEquationsHold() {
        // The maximum-likelihood fit solves Xᵀ(y − p) = 0 (intercept column included): a
        // property of the optimum, whatever path the solver took to it.
        var random = org.feedgym.env.random.Seeds.generator(9, "lr", 0);
        double[][] x = new double[300][];
        boolean[] y = new boolean[300];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {random.nextGaussian(), random.nextDouble() * 3};
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-(0.5 + 1.2 * x[i][0] - 0.7 * x[i][1])));
        }
        LogisticRegression m = LogisticRegression.fit(x, y, 0);
        double[] score = new double[3];
        for (int i = 0; i < x.length; i++) {
            double r = (y[i] ? 1 : 0) - m.probability(x[i]);
            score[0] += r;
            score[1] += r * x[i][0];
            score[2] += r * x[i][1];
        }
        for (double g : score) {
            assertEquals(0, g, 1e-8);
        }
    }

    @Test
    void aConstantFeatureStillPredictsTheRate() {
        // A constant column duplicates the intercept: the split between them is arbitrary, but
        // their sum, and so the prediction, is logit(2/3).
        LogisticRegression m = LogisticRegression.fit(new double[][] {{1}, {1}, {1}}, new boolean[] {true, false, true}, 0);
        assertEquals(2.0 / 3, m.probability(new double[] {1}), 1e-9);
    }
}
