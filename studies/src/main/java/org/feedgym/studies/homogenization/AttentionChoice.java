package org.feedgym.studies.homogenization;

/**
 * Rank-discounted attention (Chaney et al. 2018, eq. 4): shown a list, a user consumes the item
 * at the position {@code r} (from 1) that maximises {@code r^e · knownUtility}, with
 * {@code e = −0.8} in the paper; ties go to the earlier position.
 *
 * <p>{@link Simulation} walks a list lazily and stops as soon as {@code (r + 1)^e} times an upper
 * bound of the user's known utility cannot beat the best so far (the discount only falls), which
 * gives the same item as {@link #choose} over the whole list.
 */
public final class AttentionChoice {

    private AttentionChoice() {
    }

    /**
     * {@code discount[p] = (p + 1)^exponent} for positions {@code p} in {@code [0, length)}.
     *
     * @param exponent the attention exponent, ≤ 0
     */
    public static double[] discounts(int length, double exponent) {
        double[] d = new double[length];
        for (int p = 0; p < length; p++) {
            d[p] = Math.pow(p + 1, exponent);
        }
        return d;
    }

    /**
     * The position consumed from a list whose known utilities, in list order, are
     * {@code known[0 .. n)}.
     *
     * @return the 0-based position; -1 for an empty list
     */
    public static int choose(double[] known, int n, double[] discount) {
        int best = -1;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < n; p++) {
            double v = discount[p] * known[p];
            if (v > bestValue) {
                bestValue = v;
                best = p;
            }
        }
        return best;
    }
}
