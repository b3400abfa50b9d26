package org.feedgym.simulator.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.feedgym.env.random.Seeds;
import org.junit.jupiter.api.Test;

class InequalityTest {

    @Test
    void giniOfEqualExposureIsZero() {
        assertEquals(0.0, Inequality.gini(new double[] {3, 3, 3, 3}), 1e-12);
    }

    @Test
    void giniWhenOneItemTakesEverything() {
        // (n − 1) / n with n = 4
        assertEquals(0.75, Inequality.gini(new double[] {0, 0, 10, 0}), 1e-12);
    }

    @Test
    void giniOfAHandComputedCase() {
        // sorted 1, 2, 3: Σ(2i − 4)·x = (−2)(1) + 0(2) + 2(3) = 4; n·Σx = 3·6 = 18
        assertEquals(4.0 / 18, Inequality.gini(new double[] {3, 1, 2}), 1e-12);
    }

    @Test
    void jaccardOfSortedSets() {
        assertEquals(2.0 / 4, Inequality.jaccard(new int[] {1, 2, 5}, new int[] {2, 5, 9}), 1e-12);
        assertEquals(0.0, Inequality.jaccard(new int[] {}, new int[] {}), 1e-12);
        assertEquals(1.0, Inequality.jaccard(new int[] {4}, new int[] {4}), 1e-12);
    }

    @Test
    void bootstrapRatioOfMeansIsCentredOnThePointEstimate() {
        double[] a = new double[200];
        double[] b = new double[200];
        for (int i = 0; i < 200; i++) {
            a[i] = 0.3 + 0.2 * ((i % 10) / 10.0);
            b[i] = 0.1 + 0.1 * ((i % 7) / 7.0);
        }
        Estimate r = Bootstrap.ratioOfMeans(a, b, 2000, Seeds.generator(1));
        double expected = java.util.Arrays.stream(a).average().orElseThrow()
                / java.util.Arrays.stream(b).average().orElseThrow();
        assertEquals(expected, r.mean(), 1e-9);
        assertTrue(r.ci95Low() < expected && expected < r.ci95High(), r.toString());
        assertTrue(r.ci95High() - r.ci95Low() < 0.3, r.toString());
    }

    @Test
    void bootstrapRatioIsUndefinedForAnEmptyGroup() {
        assertTrue(Double.isNaN(Bootstrap.ratioOfMeans(new double[] {1}, new double[0], 100, Seeds.generator(1)).mean()));
    }
}
