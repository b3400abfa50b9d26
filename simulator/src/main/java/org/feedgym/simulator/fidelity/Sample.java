package org.feedgym.simulator.fidelity;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A sample in brief for plotting its ECDF: its size and its quantiles at probabilities
 * 0, 1/100, ..., 1 (the inverse empirical CDF: the smallest value v with F(v) &ge; p; p = 0
 * gives the minimum). Empty quantiles for an empty sample.
 *
 * @param n         number of values
 * @param quantiles 101 quantiles, or none
 */
public record Sample(int n, List<Double> quantiles) {

    /** Number of quantiles of a non-empty sample. */
    public static final int POINTS = 101;

    /** Validates and copies. */
    public Sample {
        quantiles = List.copyOf(quantiles);
        if (n < 0 || (n == 0) != quantiles.isEmpty() || !quantiles.isEmpty() && quantiles.size() != POINTS) {
            throw new IllegalArgumentException("a sample of n = " + n + " needs " + (n == 0 ? 0 : POINTS)
                    + " quantiles, got " + quantiles.size());
        }
    }

    /** The sample in brief. */
    public static Sample of(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        if (s.length == 0) {
            return new Sample(0, List.of());
        }
        List<Double> q = IntStream.range(0, POINTS).mapToObj(k -> s[Math.max(0,
                (int) Math.ceil(k / (double) (POINTS - 1) * s.length) - 1)]).toList();
        return new Sample(s.length, q);
    }

    /** The probability of the quantile at {@code index}: {@code index / 100}. */
    public static double probability(int index) {
        return index / (double) (POINTS - 1);
    }
}
