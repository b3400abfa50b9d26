package org.feedgym.simulator.metrics;

import java.util.Arrays;

/** Gini coefficient of exposure and Jaccard overlap of item sets. */
public final class Inequality {

    private Inequality() {
    }

    /**
     * Gini coefficient of non-negative values: {@code Σ(2i − n − 1)·x(i) / (n·Σx)} over the
     * values sorted ascending (i from 1). 0 when all are equal (or all zero), (n − 1)/n when
     * one value holds everything.
     */
    public static double gini(double[] values) {
        double[] x = values.clone();
        Arrays.sort(x);
        int n = x.length;
        double total = 0;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            total += x[i];
            weighted += (2.0 * (i + 1) - n - 1) * x[i];
        }
        return total == 0 ? 0 : weighted / (n * total);
    }

    /** |a ∩ b| / |a ∪ b| of two sorted arrays of distinct values; 0 when both are empty. */
    public static double jaccard(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - common;
        return union == 0 ? 0 : (double) common / union;
    }

    /**
     * |a ∩ b| / |a ∪ b| of two item sets held as rows of a bitset (item {@code i} is bit
     * {@code i % 64} of word {@code i / 64} of its row); 0 when both are empty. The same value as
     * {@link #jaccard(int[], int[])} of the same sets, for callers that keep many large sets (the
     * homogenization study keeps every user's consumed items this way).
     *
     * @param sets  the rows, one after another
     * @param baseA index of the first word of set a's row
     * @param baseB index of the first word of set b's row
     * @param words words per row
     */
    public static double jaccard(long[] sets, int baseA, int baseB, int words) {
        int a = 0;
        int b = 0;
        int common = 0;
        for (int w = 0; w < words; w++) {
            long x = sets[baseA + w];
            long y = sets[baseB + w];
            a += Long.bitCount(x);
            b += Long.bitCount(y);
            common += Long.bitCount(x & y);
        }
        int union = a + b - common;
        return union == 0 ? 0 : (double) common / union;
    }
}
