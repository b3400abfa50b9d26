package org.feedgym.simulator.metrics;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Percentile bootstrap for the ratio of two independent sample means, as used for
 * vulnerable-to-control ratios: each resample draws both groups with replacement.
 */
public final class Bootstrap {

    /** Values up to which a figure gets every configured resample. */
    public static final int LARGE_SAMPLE = 20_000;
    /** The fewest resamples a figure over a large sample gets (unless fewer are configured). */
    public static final int MIN_RESAMPLES = 200;

    private Bootstrap() {
    }

    /**
     * Resamples for a bootstrap over {@code n} values when {@code configured} are asked for: all
     * of them up to {@link #LARGE_SAMPLE} values; beyond, as many as keep the values drawn at
     * {@code configured × LARGE_SAMPLE} (rounded up), but not fewer than {@link #MIN_RESAMPLES}
     * nor more than configured. A platform-sized run (10^5 episodes: 400 of the default 2,000)
     * then costs about what a 20,000-episode one does; its intervals are narrow, and the
     * percentile endpoints carry more Monte Carlo noise, still small beside their width.
     *
     * @param configured the configured resamples, &ge; 1
     * @param n          the values resampled, &ge; 0
     */
    public static int resamples(int configured, long n) {
        if (n <= LARGE_SAMPLE) {
            return configured;
        }
        long budget = (long) configured * LARGE_SAMPLE;
        long scaled = (budget + n - 1) / n;
        return (int) Math.min(configured, Math.max(MIN_RESAMPLES, scaled));
    }

    /**
     * The ratio mean(numerator) / mean(denominator) with a 95% percentile interval. NaN values
     * are dropped first; the estimate is NaN when either group is empty or the denominator mean
     * is 0. {@code n} of the result is the numerator's size.
     */
    public static Estimate ratioOfMeans(double[] numerator, double[] denominator, int samples, RandomGenerator random) {
        double[] a = Arrays.stream(numerator).filter(v -> !Double.isNaN(v)).toArray();
        double[] b = Arrays.stream(denominator).filter(v -> !Double.isNaN(v)).toArray();
        if (a.length == 0 || b.length == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, a.length);
        }
        double point = mean(a) / mean(b);
        if (!Double.isFinite(point)) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, a.length);
        }
        double[] ratios = new double[samples];
        int finite = 0;
        for (int s = 0; s < samples; s++) {
            double sa = 0;
            for (int i = 0; i < a.length; i++) {
                sa += a[random.nextInt(a.length)];
            }
            double sb = 0;
            for (int i = 0; i < b.length; i++) {
                sb += b[random.nextInt(b.length)];
            }
            double r = (sa / a.length) / (sb / b.length);
            if (Double.isFinite(r)) {
                ratios[finite++] = r;
            }
        }
        if (finite < samples / 2) {
            return new Estimate(point, Double.NaN, Double.NaN, a.length);
        }
        return percentileInterval(point, Arrays.copyOf(ratios, finite), a.length);
    }

    /**
     * The 95% percentile interval of bootstrap statistics around a point estimate: the order
     * statistics at {@code floor(0.025·(B − 1))} and {@code ceil(0.975·(B − 1))} of the B sorted
     * statistics (0-based), so the interval never narrows by interpolation.
     *
     * @param point      the estimate on the original sample
     * @param statistics the statistic on each resample (not changed; at least one, no NaN)
     * @param n          the sample size recorded in the result
     * @return the point estimate with its interval
     */
    public static Estimate percentileInterval(double point, double[] statistics, int n) {
        double[] sorted = statistics.clone();
        Arrays.sort(sorted);
        int last = sorted.length - 1;
        return new Estimate(point, sorted[(int) Math.floor(0.025 * last)], sorted[(int) Math.ceil(0.975 * last)], n);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
