package org.feedgym.studies.homogenization;

import java.util.List;
import org.feedgym.simulator.metrics.Estimate;

/**
 * Per-simulation series of a finished study, with their summaries across simulations (means with
 * Student-t 95% confidence intervals, {@link Estimate}).
 *
 * @param config the study
 * @param modes  one entry per mode, in config order
 */
public record StudyResult(HomogenizationConfig config, List<ModeSeries> modes) {

    public StudyResult {
        modes = List.copyOf(modes);
    }

    /**
     * The series of one mode: for each recommender (ideal first), simulation and step.
     * Homogenization series of the ideal recommender are all NaN.
     */
    public static final class ModeSeries {
        private final ModeConfig mode;
        private final List<RecommenderKind> kinds;
        private final double[][][] utility;
        private final double[][][] jaccard;
        private final double[][][] idealJaccard;
        private final double[][][] randomJaccard;
        private final double[][][] idealRandomJaccard;

        ModeSeries(ModeConfig mode, List<RecommenderKind> kinds, int simulations) {
            this.mode = mode;
            this.kinds = List.copyOf(kinds);
            int steps = mode.totalSteps();
            utility = new double[kinds.size()][simulations][steps];
            jaccard = new double[kinds.size()][simulations][steps];
            idealJaccard = new double[kinds.size()][simulations][steps];
            randomJaccard = new double[kinds.size()][simulations][steps];
            idealRandomJaccard = new double[kinds.size()][simulations][steps];
            // The ideal recommender (index 0) is the reference: it has no homogenization of its own.
            for (int sim = 0; sim < simulations; sim++) {
                java.util.Arrays.fill(jaccard[0][sim], Double.NaN);
                java.util.Arrays.fill(idealJaccard[0][sim], Double.NaN);
                java.util.Arrays.fill(randomJaccard[0][sim], Double.NaN);
                java.util.Arrays.fill(idealRandomJaccard[0][sim], Double.NaN);
            }
        }

        double[][] utility(int r) {
            return utility[r];
        }

        double[][] jaccard(int r) {
            return jaccard[r];
        }

        double[][] idealJaccard(int r) {
            return idealJaccard[r];
        }

        double[][] randomJaccard(int r) {
            return randomJaccard[r];
        }

        double[][] idealRandomJaccard(int r) {
            return idealRandomJaccard[r];
        }

        /** The mode. */
        public ModeConfig mode() {
            return mode;
        }

        /** The recommenders, ideal first. */
        public List<RecommenderKind> kinds() {
            return kinds;
        }

        /** Simulations. */
        public int simulations() {
            return utility[0].length;
        }

        /** Steps. */
        public int steps() {
            return mode.totalSteps();
        }

        /** Per-simulation value of a metric at step {@code t} (0-based). */
        public double[] values(Metric metric, int r, int t) {
            int n = simulations();
            double[] v = new double[n];
            for (int sim = 0; sim < n; sim++) {
                v[sim] = metric.value(this, r, sim, t);
            }
            return v;
        }

        /** Per-simulation mean of a metric over steps {@code [from, to)}. */
        public double[] meanOver(Metric metric, int r, int from, int to) {
            int n = simulations();
            double[] v = new double[n];
            for (int sim = 0; sim < n; sim++) {
                double s = 0;
                for (int t = from; t < to; t++) {
                    s += metric.value(this, r, sim, t);
                }
                v[sim] = to > from ? s / (to - from) : Double.NaN;
            }
            return v;
        }

        /** The estimate across simulations of a metric at step {@code t}. */
        public Estimate estimate(Metric metric, int r, int t) {
            return Estimate.of(values(metric, r, t));
        }

        /** Index of {@code kind}, or -1. */
        public int indexOf(RecommenderKind kind) {
            return kinds.indexOf(kind);
        }
    }

    /** What is measured per recommender, simulation and step. */
    public enum Metric {
        /** Jaccard of similar pairs minus the ideal recommender's on the same pairs. */
        HOMOGENIZATION_VS_IDEAL("homogenizationVsIdeal"),
        /** Mean Jaccard of the recommender's similar pairs. */
        JACCARD("jaccard"),
        /** Mean Jaccard of the ideal recommender's histories on those pairs. */
        IDEAL_JACCARD_SAME_PAIRS("idealJaccardSamePairs"),
        /**
         * Jaccard of the random user pairs minus the ideal recommender's on the same pairs
         * (T-RECS's {@code replication_sim.py} measure; only with {@code randomPairs} &gt; 0).
         */
        RANDOM_PAIRS_VS_IDEAL("randomPairsVsIdeal"),
        /** Mean true utility of the items consumed at the step. */
        UTILITY("utility"),
        /** Utility minus the ideal recommender's in the same simulation. */
        UTILITY_VS_IDEAL("utilityVsIdeal");

        private final String key;

        Metric(String key) {
            this.key = key;
        }

        /** JSON key. */
        public String key() {
            return key;
        }

        double value(ModeSeries s, int r, int sim, int t) {
            return switch (this) {
                case HOMOGENIZATION_VS_IDEAL -> s.jaccard[r][sim][t] - s.idealJaccard[r][sim][t];
                case JACCARD -> s.jaccard[r][sim][t];
                case IDEAL_JACCARD_SAME_PAIRS -> s.idealJaccard[r][sim][t];
                case RANDOM_PAIRS_VS_IDEAL -> s.randomJaccard[r][sim][t] - s.idealRandomJaccard[r][sim][t];
                case UTILITY -> s.utility[r][sim][t];
                case UTILITY_VS_IDEAL -> s.utility[r][sim][t] - s.utility[0][sim][t];
            };
        }
    }
}
