package org.feedgym.simulator.metrics;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Figures across training runs: the unit of replication for an agent that learns is the training
 * run, not the evaluation episode. Two networks trained with different seeds can differ by far
 * more than the spread of the users one of them meets, so an interval that treats every episode as
 * an independent sample is too narrow (Henderson et al., "Deep Reinforcement Learning that
 * Matters", AAAI 2018; Agarwal et al., "Deep RL at the edge of the statistical precipice", NeurIPS
 * 2021, whose {@code rliable} library the IQM and probability of improvement follow).
 *
 * <p>Input is always {@code runs[r]}: the per-episode values of training run {@code r}. NaN
 * values are undefined episodes (no harmful item met, say) and are skipped; a run with no defined
 * value is left out. Every bootstrap takes its generator from the caller (derived with
 * {@code Seeds.derive}), so results are the same on every machine and thread count.
 */
public final class RunLevel {

    /** How the run-level interval is formed; {@code comparison.runInterval} in a config. */
    public enum Interval {
        /** Student t over the run means (default). */
        T("t"),
        /** Percentile cluster bootstrap: runs drawn with replacement, each with all its episodes. */
        CLUSTER_BOOTSTRAP("cluster-bootstrap");

        private final String id;

        Interval(String id) {
            this.id = id;
        }

        /** The name used in configs and {@code summary.json}. */
        public String id() {
            return id;
        }

        /** The interval called {@code id}. */
        public static Interval of(String id) {
            for (Interval i : values()) {
                if (i.id.equals(id)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("runInterval must be one of [t, cluster-bootstrap], got '" + id + "'");
        }
    }

    private RunLevel() {
    }

    /** The mean of each run's defined values; runs with none are left out. */
    public static double[] runMeans(double[][] runs) {
        double[] means = new double[runs.length];
        int k = 0;
        for (double[] run : runs) {
            double sum = 0;
            int n = 0;
            for (double v : run) {
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
            if (n > 0) {
                means[k++] = sum / n;
            }
        }
        return Arrays.copyOf(means, k);
    }

    /**
     * The mean of the run means with a Student t 95% interval over them ({@code n} = runs). With
     * one run the interval is undefined (NaN): one training run says nothing about the next.
     */
    public static Estimate tInterval(double[][] runs) {
        return Estimate.of(runMeans(runs));
    }

    /**
     * The mean of the run means with a 95% percentile cluster-bootstrap interval: each resample
     * draws {@code runs.length} runs with replacement and averages their means. Undefined with one
     * run.
     */
    public static Estimate clusterBootstrap(double[][] runs, int samples, RandomGenerator random) {
        double[] means = runMeans(runs);
        Estimate t = Estimate.of(means);
        if (means.length < 2) {
            return t;
        }
        double[] stats = new double[samples];
        for (int s = 0; s < samples; s++) {
            double sum = 0;
            for (int i = 0; i < means.length; i++) {
                sum += means[random.nextInt(means.length)];
            }
            stats[s] = sum / means.length;
        }
        return Bootstrap.percentileInterval(t.mean(), stats, means.length);
    }

    /** The run-level interval of the chosen kind. */
    public static Estimate interval(Interval kind, double[][] runs, int samples, RandomGenerator random) {
        return kind == Interval.T ? tInterval(runs) : clusterBootstrap(runs, samples, random);
    }

    /**
     * The interquartile mean of all values of all runs (the mean of the middle 50%, as
     * {@code scipy.stats.trim_mean(x, 0.25)}: {@code floor(n / 4)} values cut at each end), with a
     * 95% percentile interval from a stratified two-stage bootstrap. {@code rliable} resamples
     * runs within each task; FeedGym's config is one task, and a run's score here is a set of
     * episodes, so each resample draws the runs with replacement and then, inside every drawn run,
     * its episodes with replacement. With one run that is the episode bootstrap. {@code n} is the
     * number of runs.
     */
    public static Estimate iqm(double[][] runs, int samples, RandomGenerator random) {
        double[][] defined = defined(runs);
        int total = Arrays.stream(defined).mapToInt(r -> r.length).sum();
        if (total == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double[] pooled = new double[total];
        int k = 0;
        for (double[] run : defined) {
            System.arraycopy(run, 0, pooled, k, run.length);
            k += run.length;
        }
        double point = trimmedMean(pooled.clone());
        if (total < 2) {
            return new Estimate(point, Double.NaN, Double.NaN, defined.length);
        }
        // Each resample is a multiset of the pooled values: it is counted by rank in the pooled
        // sort order instead of being copied and sorted, which gives the same ascending sum in
        // O(total) per resample (a 10^5-episode run sorted 2,000 times took most of a summary).
        int[][] rank = ranks(defined, pooled);
        int[] count = new int[total];
        double[] stats = new double[samples];
        for (int s = 0; s < samples; s++) {
            java.util.Arrays.fill(count, 0);
            int size = 0;
            int[] picked = new int[defined.length];
            for (int i = 0; i < defined.length; i++) {
                picked[i] = random.nextInt(defined.length);
                size += defined[picked[i]].length;
            }
            for (int p : picked) {
                int[] runRank = rank[p];
                for (int j = 0; j < runRank.length; j++) {
                    count[runRank[random.nextInt(runRank.length)]]++;
                }
            }
            stats[s] = trimmedMean(pooled, count, size);
        }
        return Bootstrap.percentileInterval(point, stats, defined.length);
    }

    /**
     * {@code rliable}'s probability of improvement P(X &gt; Y): the share of (agent run, baseline
     * run) pairs in which the agent's run mean beats the baseline's, ties counting one half (the
     * Mann-Whitney U statistic over {@code n·m}), with a 95% percentile interval from a
     * stratified bootstrap that resamples the runs of each side independently. {@code lowerIsBetter}
     * turns the comparison round for metrics where less is an improvement. {@code n} is the number of
     * agent runs; NaN when either side has no run. The interval is undefined (NaN) when either side
     * has a single run: resampling one run always draws that run, so the interval would collapse to
     * the point ([1.00, 1.00]) and look certain where one training run says nothing about the next.
     */
    public static Estimate probabilityOfImprovement(double[][] agent, double[][] baseline, boolean lowerIsBetter,
                                                    int samples, RandomGenerator random) {
        double[] x = runMeans(agent);
        double[] y = runMeans(baseline);
        if (lowerIsBetter) {
            x = Arrays.stream(x).map(v -> -v).toArray();
            y = Arrays.stream(y).map(v -> -v).toArray();
        }
        if (x.length == 0 || y.length == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, x.length);
        }
        double point = mannWhitney(x, y);
        if (x.length < 2 || y.length < 2) {
            return new Estimate(point, Double.NaN, Double.NaN, x.length);
        }
        double[] stats = new double[samples];
        double[] bx = new double[x.length];
        double[] by = new double[y.length];
        for (int s = 0; s < samples; s++) {
            for (int i = 0; i < x.length; i++) {
                bx[i] = x[random.nextInt(x.length)];
            }
            for (int j = 0; j < y.length; j++) {
                by[j] = y[random.nextInt(y.length)];
            }
            stats[s] = mannWhitney(bx, by);
        }
        return Bootstrap.percentileInterval(point, stats, x.length);
    }

    /** P(X &gt; Y) + P(X = Y) / 2 over all pairs; see {@link RocAuc#mannWhitney}. */
    static double mannWhitney(double[] x, double[] y) {
        return RocAuc.mannWhitney(x, y);
    }

    /**
     * For every value of every run, its index in {@code sortedOut}, which receives all values in
     * ascending order (equal values keep run order).
     */
    private static int[][] ranks(double[][] runs, double[] sortedOut) {
        int total = sortedOut.length;
        double[] flat = new double[total];
        int k = 0;
        for (double[] run : runs) {
            for (double v : run) {
                flat[k] = v;
                k++;
            }
        }
        Integer[] order = new Integer[total];
        for (int i = 0; i < total; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(flat[a], flat[b]));
        int[] rankOfFlat = new int[total];
        for (int r = 0; r < total; r++) {
            rankOfFlat[order[r]] = r;
            sortedOut[r] = flat[order[r]];
        }
        int[][] rank = new int[runs.length][];
        k = 0;
        for (int i = 0; i < runs.length; i++) {
            rank[i] = new int[runs[i].length];
            for (int j = 0; j < runs[i].length; j++) {
                rank[i][j] = rankOfFlat[k++];
            }
        }
        return rank;
    }

    /**
     * The 25%-trimmed mean of the multiset holding {@code count[r]} copies of {@code sorted[r]}
     * ({@code size} values in all), summed in ascending order as {@link #trimmedMean(double[])}
     * sums a sorted array.
     */
    private static double trimmedMean(double[] sorted, int[] count, int size) {
        int cut = size / 4;
        int from = cut;
        int to = size - cut;
        double sum = 0;
        int position = 0;
        for (int r = 0; r < sorted.length && position < to; r++) {
            for (int c = count[r]; c > 0 && position < to; c--, position++) {
                if (position >= from) {
                    sum += sorted[r];
                }
            }
        }
        return sum / (to - from);
    }

    /** The 25%-trimmed mean; sorts {@code values} in place. */
    static double trimmedMean(double[] values) {
        Arrays.sort(values);
        int cut = values.length / 4;
        double sum = 0;
        for (int i = cut; i < values.length - cut; i++) {
            sum += values[i];
        }
        return sum / (values.length - 2 * cut);
    }

    private static double[][] defined(double[][] runs) {
        return Arrays.stream(runs).map(r -> Arrays.stream(r).filter(v -> !Double.isNaN(v)).toArray())
                .filter(r -> r.length > 0).toArray(double[][]::new);
    }
}
