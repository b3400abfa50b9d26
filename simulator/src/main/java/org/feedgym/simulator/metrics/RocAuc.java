package org.feedgym.simulator.metrics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * Area under the ROC curve of scores against binary labels, as the Mann–Whitney statistic: the
 * share of (positive, negative) pairs in which the positive scores higher, ties counting one half.
 * 1 is a perfect ranking, 0 a reversed one, 0.5 no better than chance (or all scores equal).
 *
 * <p>Scores are sorted once; a tie group of scores contributes
 * {@code w⁺ · (W⁻below + w⁻ / 2)} to the pair count, so a weighted AUC (rows weighted by how often
 * a bootstrap drew their user) costs one pass.
 *
 * <pre>{@code
 * double auc = RocAuc.of(new double[] {0.9, 0.2, 0.6}, new boolean[] {true, false, false}); // 1.0
 * }</pre>
 */
public final class RocAuc {

    private final double[] scores;
    private final boolean[] positive;
    /** Row indices in ascending score order. */
    private final int[] order;

    /**
     * @param scores   one score per row, higher meaning more likely positive; no NaN
     * @param positive the label of each row
     * @throws IllegalArgumentException on different lengths or a NaN score
     */
    public RocAuc(double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException("scores and labels must have the same length, got " + scores.length
                    + " and " + positive.length);
        }
        for (double s : scores) {
            if (Double.isNaN(s)) {
                throw new IllegalArgumentException("scores must not be NaN");
            }
        }
        this.scores = scores.clone();
        this.positive = positive.clone();
        this.order = IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.comparingDouble(i -> this.scores[i])).mapToInt(Integer::intValue).toArray();
    }

    /** The AUC of scores against labels; NaN when either class is empty. */
    public static double of(double[] scores, boolean[] positive) {
        return new RocAuc(scores, positive).value();
    }

    /** P(X &gt; Y) + P(X = Y) / 2 over all pairs of x in {@code x} and y in {@code y}; NaN if either is empty. */
    public static double mannWhitney(double[] x, double[] y) {
        double[] scores = new double[x.length + y.length];
        boolean[] positive = new boolean[scores.length];
        System.arraycopy(x, 0, scores, 0, x.length);
        System.arraycopy(y, 0, scores, x.length, y.length);
        Arrays.fill(positive, 0, x.length, true);
        return of(scores, positive);
    }

    /** The unweighted AUC; NaN when either class is empty. */
    public double value() {
        double[] ones = new double[scores.length];
        Arrays.fill(ones, 1);
        return weighted(ones);
    }

    /**
     * The AUC with each row counted {@code weights[row]} times (non-negative); NaN when either
     * class has weight 0.
     */
    public double weighted(double[] weights) {
        double pairs = 0;
        double negativesBelow = 0;
        double positives = 0;
        int k = 0;
        while (k < order.length) {
            double v = scores[order[k]];
            double wp = 0;
            double wn = 0;
            for (; k < order.length && scores[order[k]] == v; k++) {
                int row = order[k];
                if (positive[row]) {
                    wp += weights[row];
                } else {
                    wn += weights[row];
                }
            }
            pairs += wp * (negativesBelow + wn / 2);
            negativesBelow += wn;
            positives += wp;
        }
        return positives == 0 || negativesBelow == 0 ? Double.NaN : pairs / (positives * negativesBelow);
    }

    /**
     * The AUC with a 95% percentile interval from a cluster bootstrap: each resample draws the
     * clusters (users) with replacement, as many as there are, and counts each row as often as
     * its cluster was drawn, so rows of one user stay together. Resamples with an empty class are
     * dropped; with fewer than half of them left, or fewer than two clusters, the interval is NaN.
     * The same generator state gives the same resamples for any scores over the same clusters, so
     * predictors compared with equal seeds are compared on the same resamples.
     *
     * @param cluster the cluster id of each row (any ints)
     * @param samples number of resamples, &ge; 1
     * @param random  the generator of the resamples
     * @return the AUC, its interval, and {@code n} = the number of clusters
     */
    public Estimate clusterBootstrap(int[] cluster, int samples, RandomGenerator random) {
        if (cluster.length != scores.length) {
            throw new IllegalArgumentException("cluster must have one id per row (" + scores.length + "), got "
                    + cluster.length);
        }
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, got " + samples);
        }
        TreeMap<Integer, Integer> index = new TreeMap<>();
        for (int c : cluster) {
            index.putIfAbsent(c, 0);
        }
        int k = 0;
        for (var e : index.entrySet()) {
            e.setValue(k++);
        }
        int[] dense = Arrays.stream(cluster).map(index::get).toArray();
        double point = value();
        if (k < 2 || Double.isNaN(point)) {
            return new Estimate(point, Double.NaN, Double.NaN, k);
        }
        double[] stats = new double[samples];
        int kept = 0;
        double[] drawn = new double[k];
        double[] weights = new double[scores.length];
        for (int s = 0; s < samples; s++) {
            Arrays.fill(drawn, 0);
            for (int i = 0; i < k; i++) {
                drawn[random.nextInt(k)]++;
            }
            for (int r = 0; r < weights.length; r++) {
                weights[r] = drawn[dense[r]];
            }
            double auc = weighted(weights);
            if (!Double.isNaN(auc)) {
                stats[kept++] = auc;
            }
        }
        if (kept < samples / 2.0) {
            return new Estimate(point, Double.NaN, Double.NaN, k);
        }
        return Bootstrap.percentileInterval(point, Arrays.copyOf(stats, kept), k);
    }
}
