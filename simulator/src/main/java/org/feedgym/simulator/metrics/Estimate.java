package org.feedgym.simulator.metrics;

/**
 * A sample mean with its two-sided 95% confidence interval (Student t). For fewer than two
 * observations the interval is undefined ({@code NaN}); with none the mean is too.
 *
 * @param mean     sample mean
 * @param ci95Low  lower bound
 * @param ci95High upper bound
 * @param n        number of observations
 */
public record Estimate(double mean, double ci95Low, double ci95High, int n) {

    /** The estimate of {@code values[0 .. count)}; NaN entries are skipped. */
    public static Estimate of(double[] values, int count) {
        int n = 0;
        double sum = 0;
        for (int i = 0; i < count; i++) {
            if (!Double.isNaN(values[i])) {
                sum += values[i];
                n++;
            }
        }
        if (n == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double mean = sum / n;
        if (n < 2) {
            return new Estimate(mean, Double.NaN, Double.NaN, n);
        }
        double ss = 0;
        for (int i = 0; i < count; i++) {
            if (!Double.isNaN(values[i])) {
                double d = values[i] - mean;
                ss += d * d;
            }
        }
        double se = Math.sqrt(ss / (n - 1) / n);
        double half = StudentT.quantile975(n - 1) * se;
        return new Estimate(mean, mean - half, mean + half, n);
    }

    /** The estimate of all of {@code values}. */
    public static Estimate of(double[] values) {
        return of(values, values.length);
    }
}
