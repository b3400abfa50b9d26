package org.feedgym.simulator.sensitivity;

/**
 * Wilson's score interval for a binomial share (Wilson 1927, JASA 22): unlike the normal
 * approximation it stays inside [0, 1] and is sensible when the share is 0 or 1, which is exactly
 * when a conclusion holds everywhere or nowhere in the box.
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
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
