package org.feedgym.simulator.metrics;

/**
 * The 95% interval of a pooled share, such as the harmful share of the items shown in one bucket
 * of a time series (the harmful items of every unit over the items of every unit), where the items
 * come in clusters that vary independently: the users of a run, or the training runs of an agent
 * that learns (the unit of replication for it).
 *
 * <p>The pooled share is a ratio estimator; its standard error comes from the linearisation,
 * {@code Var(R) ≈ C / (C − 1) · Σ (h_c − R·n_c)² / (Σ n_c)²} over the C clusters, with
 * {@code n_c} and {@code h_c} a cluster's items and harmful items, computed from the sums of
 * {@code n_c²}, {@code h_c²} and {@code n_c·h_c}; the interval is Student t with C − 1 degrees of
 * freedom, clipped to [0, 1]. When the clusters do not vary (no item harmful, every one harmful, or
 * every cluster's share the same), the linearised variance is zero whatever their number, and no
 * interval is given rather than one of no width.
 */
public final class ShareInterval {

    private ShareInterval() {
    }

    /**
     * The interval, {low, high}, or null for fewer than two clusters, no items, or clusters that
     * do not vary.
     *
     * @param clusters          clusters with items
     * @param items             Σ n_c
     * @param harmful           Σ h_c
     * @param itemsSquared      Σ n_c²
     * @param harmfulSquared    Σ h_c²
     * @param itemsTimesHarmful Σ n_c·h_c
     */
    public static double[] of(long clusters, long items, long harmful, double itemsSquared, double harmfulSquared,
                              double itemsTimesHarmful) {
        if (clusters < 2 || items == 0) {
            return null;
        }
        double r = (double) harmful / items;
        double squares = harmfulSquared - 2 * r * itemsTimesHarmful + r * r * itemsSquared;
        if (!(squares > 0)) {
            return null;
        }
        double variance = (double) clusters / (clusters - 1) * squares / ((double) items * items);
        double half = StudentT.quantile975((int) Math.min(Integer.MAX_VALUE, clusters - 1)) * Math.sqrt(variance);
        return new double[] {Math.max(0, r - half), Math.min(1, r + half)};
    }
}
