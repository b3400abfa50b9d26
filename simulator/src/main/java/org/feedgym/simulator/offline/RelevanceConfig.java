package org.feedgym.simulator.offline;

/**
 * Which held-out rows are relevant for P@K, R@K and NDCG@K: those whose signal is at least
 * {@code threshold}.
 *
 * @param threshold finite; default by the source's signal ({@link LogSourceConfig#defaultThreshold()}):
 *                  rating &ge; 4, like (label 1), watch ratio &ge; 1, watch fraction &ge; 0.5;
 *                  required for the reward signal
 */
public record RelevanceConfig(Double threshold) {

    public RelevanceConfig {
        if (threshold != null && !Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be finite, got " + threshold);
        }
    }
}
