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
 * @param checkpointsItems     item-count checkpoints for "harmful share of the first N items"
 *                             (DCU 2024's 400 videos), each in [1, 1,000,000], increasing;
 *                             default none
 * @param harmClasses          harm classes ({@link org.feedgym.env.world.HarmClass} ids, e.g.
 *                             {@code body-image}, {@code self-harm}) that get their own share and
 *                             time-to-first metrics; default none
 * @param bep                  Bubble Escape Potential; null (the default) measures none
 */
public record MetricsConfig(Double bucketMinutes, List<Double> checkpointsMinutes, SimilarRunsConfig similarRuns,
                            Integer diversityWindow, Integer homogenizationPairs, List<Integer> checkpointsItems,
                            List<String> harmClasses, BepConfig bep) {

    /** Settings without item checkpoints, harm classes or Bubble Escape Potential. */
    public MetricsConfig(Double bucketMinutes, List<Double> checkpointsMinutes, SimilarRunsConfig similarRuns,
                         Integer diversityWindow, Integer homogenizationPairs) {
        this(bucketMinutes, checkpointsMinutes, similarRuns, diversityWindow, homogenizationPairs, null, null, null);
    }

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
        // None stays null (not an empty list), so configs without them resolve as they always did.
        checkpointsItems = checkpointsItems == null ? null : List.copyOf(checkpointsItems);
        int previousItems = 0;
        for (Integer c : itemCheckpoints(checkpointsItems)) {
            if (c == null || !(c > previousItems && c <= 1_000_000)) {
                throw new IllegalArgumentException("checkpointsItems must be increasing values in [1, 1000000], got "
                        + checkpointsItems);
            }
            previousItems = c;
        }
        harmClasses = harmClasses == null ? null : List.copyOf(harmClasses);
        List<String> known = java.util.Arrays.stream(org.feedgym.env.world.HarmClass.values())
                .filter(h -> h != org.feedgym.env.world.HarmClass.NONE).map(org.feedgym.env.world.HarmClass::id).toList();
        for (String h : harmClassList(harmClasses)) {
            if (!known.contains(h)) {
                throw new org.feedgym.env.params.FieldException("harmClasses", "unknown harm class '" + h + "'; known: "
                        + known);
            }
        }
        if (harmClassList(harmClasses).stream().distinct().count() != harmClassList(harmClasses).size()) {
            throw new org.feedgym.env.params.FieldException("harmClasses", "duplicate class in " + harmClasses);
        }
        homogenizationPairs = homogenizationPairs == null ? 20_000 : homogenizationPairs;
        if (homogenizationPairs < 1 || homogenizationPairs > 10_000_000) {
            throw new IllegalArgumentException("homogenizationPairs must be in [1, 10000000], got " + homogenizationPairs);
        }
    }

    /** All defaults. */
    public static MetricsConfig defaults() {
        return new MetricsConfig(null, null, null, null, null, null, null, null);
    }

    /** The item-count checkpoints, empty when none are configured. */
    public List<Integer> itemCheckpoints() {
        return itemCheckpoints(checkpointsItems);
    }

    /** The harm classes with their own metrics, empty when none are configured. */
    public List<String> harmClassIds() {
        return harmClassList(harmClasses);
    }

    private static List<Integer> itemCheckpoints(List<Integer> value) {
        return value == null ? List.of() : value;
    }

    private static List<String> harmClassList(List<String> value) {
        return value == null ? List.of() : value;
    }
}
