package org.feedgym.simulator.fidelity;

import java.util.Arrays;

/**
 * Distances between the empirical distributions of two samples, exact on their empirical CDFs
 * F and G (ties and unequal sizes included).
 *
 * <ul>
 *   <li>Kolmogorov–Smirnov statistic: {@code sup_x |F(x) − G(x)|}, in [0, 1];</li>
 *   <li>1-Wasserstein distance: {@code ∫ |F(x) − G(x)| dx}, in the values' unit; for equal sizes
 *       it is the mean absolute difference of the sorted samples, and between two point masses
 *       it is their distance.</li>
 * </ul>
 *
 * Both walk the merged sorted values once: between consecutive distinct values both CDFs are
 * constant, so the supremum is taken just after each distinct value and the integral is a sum of
 * rectangles. An empty sample gives NaN.
 */
public final class Distances {

    private Distances() {
    }

    /**
     * Two-sample Kolmogorov–Smirnov statistic.
     *
     * @throws IllegalArgumentException when a value is NaN
     */
    public static double kolmogorovSmirnov(double[] a, double[] b) {
        return walk(a, b, false);
    }

    /**
     * 1-Wasserstein (earth mover's) distance between the empirical distributions.
     *
     * @throws IllegalArgumentException when a value is NaN or infinite
     */
    public static double wasserstein1(double[] a, double[] b) {
        return walk(a, b, true);
    }

    private static double walk(double[] a, double[] b, boolean integral) {
        double[] x = sorted(a, integral);
        double[] y = sorted(b, integral);
        if (x.length == 0 || y.length == 0) {
            return Double.NaN;
        }
        int i = 0;
        int j = 0;
        double result = 0;
        while (i < x.length || j < y.length) {
            double v = Math.min(i < x.length ? x[i] : Double.POSITIVE_INFINITY, j < y.length ? y[j] : Double.POSITIVE_INFINITY);
            while (i < x.length && x[i] == v) {
                i++;
            }
            while (j < y.length && y[j] == v) {
                j++;
            }
            double gap = Math.abs((double) i / x.length - (double) j / y.length);
            if (!integral) {
                result = Math.max(result, gap);
            } else if (i < x.length || j < y.length) {
                double next = Math.min(i < x.length ? x[i] : Double.POSITIVE_INFINITY,
                        j < y.length ? y[j] : Double.POSITIVE_INFINITY);
                result += gap * (next - v);
            }
        }
        return result;
    }

    private static double[] sorted(double[] v, boolean finite) {
        double[] s = v.clone();
        for (double d : s) {
            if (Double.isNaN(d) || finite && Double.isInfinite(d)) {
                throw new IllegalArgumentException("values must be " + (finite ? "finite" : "not NaN") + ", got " + d);
            }
        }
        Arrays.sort(s);
        return s;
    }
}
