package org.feedgym.simulator.metrics;

/**
 * 95% intervals for a pooled share, such as the harmful share of the items shown in one bucket of
 * a time series: the harmful items of every user over the items of every user. The unit of
 * replication is what varies independently: the users of one run ({@link #overUsers}), or the
 * runs of an agent (training runs or replicates) when it has several ({@link #overRuns}).
 *
 * <p>Both are Student-t intervals, clipped to [0, 1]. Over users the pooled share is a ratio
 * estimator whose standard error comes from the linearisation (each user a cluster of items):
 * {@code Var(R) ≈ N / (N − 1) · Σ (h_u − R·n_u)² / (Σ n_u)²}, with {@code n_u} and
 * {@code h_u} a user's items and harmful items, computed from the sums of {@code n_u²},
 * {@code h_u²} and {@code n_u·h_u}. Over runs it is the pooled share ± t · the standard error of
 * the runs' own shares.
 */
public final class ShareInterval {

    private ShareInterval() {
    }

    /**
     * The interval over users, or null for fewer than two users or no items.
     *
     * @param users          users with items
     * @param items          Σ n_u
     * @param harmful        Σ h_u
     * @param itemsSquared   Σ n_u²
     * @param harmfulSquared Σ h_u²
     * @param itemsTimesHarmful Σ n_u·h_u
     * @return {low, high}
     */
    public static double[] overUsers(long users, long items, long harmful, double itemsSquared, double harmfulSquared,
                                     double itemsTimesHarmful) {
        if (users < 2 || items == 0) {
            return null;
        }
        double r = (double) harmful / items;
        double squares = harmfulSquared - 2 * r * itemsTimesHarmful + r * r * itemsSquared;
        double variance = (double) users / (users - 1) * Math.max(0, squares) / ((double) items * items);
        return clipped(r, StudentT.quantile975((int) Math.min(Integer.MAX_VALUE, users - 1)) * Math.sqrt(variance));
    }

    /**
     * The interval over runs, or null for fewer than two.
     *
     * @param pooled       the pooled share the interval is centred on
     * @param runs         runs with items
     * @param shareSum     Σ of the runs' shares
     * @param shareSquares Σ of their squares
     * @return {low, high}
     */
    public static double[] overRuns(double pooled, int runs, double shareSum, double shareSquares) {
        if (runs < 2) {
            return null;
        }
        double mean = shareSum / runs;
        double variance = Math.max(0, (shareSquares - runs * mean * mean) / (runs - 1));
        return clipped(pooled, StudentT.quantile975(runs - 1) * Math.sqrt(variance / runs));
    }

    private static double[] clipped(double centre, double half) {
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
