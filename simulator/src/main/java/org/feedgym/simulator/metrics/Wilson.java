package org.feedgym.simulator.metrics;

/**
 * Wilson's score interval for a binomial share (Wilson 1927, JASA 22): unlike the normal
 * approximation it stays inside [0, 1] and is sensible when the share is 0 or 1 (no user reached
 * a harmful item; a conclusion holds everywhere or nowhere in a sensitivity box). Brown, Cai &amp;
 * DasGupta (2001) recommend it over the normal interval at every n.
 */
public final class Wilson {

    private static final double Z95 = 1.959963984540054;

    private Wilson() {
    }

    /**
     * The 95% interval of {@code successes / n}.
     *
     * @return {low, high}; {NaN, NaN} when n is 0
     */
    public static double[] interval95(int successes, int n) {
        if (successes < 0 || successes > n) {
            throw new IllegalArgumentException("successes must be in [0, n], got " + successes + " of " + n);
        }
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double p = (double) successes / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        // At a share of 0 (or 1) the bound is 0 (or 1) in exact arithmetic; rounding must not move it off.
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == n ? 1 : Math.min(1, centre + half);
        return new double[] {low, high};
    }
}
