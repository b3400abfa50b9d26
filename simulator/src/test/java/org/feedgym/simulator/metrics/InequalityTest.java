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
    void jaccardOfBitsetRowsIsTheJaccardOfTheSameSortedSets() {
        // Rows of three words (items 0..191): a = {1, 64, 130, 191}, b = {1, 65, 130}, c = {}.
        int words = 3;
        long[] sets = new long[3 * words];
        for (int item : new int[] {1, 64, 130, 191}) {
            sets[item >>> 6] |= 1L << item;
        }
        for (int item : new int[] {1, 65, 130}) {
            sets[words + (item >>> 6)] |= 1L << item;
        }
        // |a ∩ b| = 2 ({1, 130}), |a ∪ b| = 5.
        assertEquals(2.0 / 5, Inequality.jaccard(sets, 0, words, words));
        assertEquals(Inequality.jaccard(new int[] {1, 64, 130, 191}, new int[] {1, 65, 130}),
                Inequality.jaccard(sets, 0, words, words));
        assertEquals(1.0, Inequality.jaccard(sets, words, words, words));
        assertEquals(0.0, Inequality.jaccard(sets, 2 * words, 2 * words, words), "both empty");
        assertEquals(0.0, Inequality.jaccard(sets, 0, 2 * words, words), "one empty");
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
