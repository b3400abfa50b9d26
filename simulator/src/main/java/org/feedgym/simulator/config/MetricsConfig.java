package org.feedgym.simulator.config;

import java.util.List;

/**
 * Settings of the metrics that have free parameters.
 *
 * @param bucketMinutes        width of the watch-time buckets of {@code timeseries.csv}, in
 *                             (0, 1440]; default 5
 * @param checkpointsMinutes   watch-time checkpoints for "harmful share within the first T
 *                             minutes", each in (0, 10000], increasing; default [30, 60, 120]
 * @param similarRuns          the similar-run metric
 * @param diversityWindow      items per list for intra-list diversity, in [2, 100]; default 10
 * @param homogenizationPairs  user pairs sampled per replicate for the Jaccard homogenization,
 *                             in [1, 10,000,000]; default 20,000 (all pairs when fewer)
 * @param bep                  Bubble Escape Potential; null (the default) measures none
 */
public record MetricsConfig(Double bucketMinutes, List<Double> checkpointsMinutes, SimilarRunsConfig similarRuns,
                            Integer diversityWindow, Integer homogenizationPairs, BepConfig bep) {

    public MetricsConfig {
        bucketMinutes = bucketMinutes == null ? 5.0 : bucketMinutes;
        if (!(bucketMinutes > 0 && bucketMinutes <= 1440)) {
            throw new IllegalArgumentException("bucketMinutes must be in (0, 1440], got " + bucketMinutes);
        }
        checkpointsMinutes = checkpointsMinutes == null ? List.of(30.0, 60.0, 120.0) : List.copyOf(checkpointsMinutes);
        double previous = 0;
        for (Double c : checkpointsMinutes) {
            if (c == null || !(c > previous && c <= 10_000)) {
                throw new IllegalArgumentException("checkpointsMinutes must be increasing values in (0, 10000], got "
                        + checkpointsMinutes);
            }
            previous = c;
        }
        similarRuns = similarRuns == null ? new SimilarRunsConfig(null, null, null, null) : similarRuns;
        diversityWindow = diversityWindow == null ? 10 : diversityWindow;
        if (diversityWindow < 2 || diversityWindow > 100) {
            throw new IllegalArgumentException("diversityWindow must be in [2, 100], got " + diversityWindow);
        }
        homogenizationPairs = homogenizationPairs == null ? 20_000 : homogenizationPairs;
        if (homogenizationPairs < 1 || homogenizationPairs > 10_000_000) {
            throw new IllegalArgumentException("homogenizationPairs must be in [1, 10000000], got " + homogenizationPairs);
        }
    }

    /** All defaults. */
    public static MetricsConfig defaults() {
        return new MetricsConfig(null, null, null, null, null, null);
    }
}
