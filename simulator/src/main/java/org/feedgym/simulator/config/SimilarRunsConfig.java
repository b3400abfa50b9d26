package org.feedgym.simulator.config;

/**
 * The similar-run metric: after a user's first trigger (an item they engaged with: liked it or
 * watched at least 80% of it), how many of the items shown within {@code windowMinutes} of
 * clock time have cosine similarity at least {@code threshold} to the trigger item. The seed
 * notebook's claim "5+ similar videos within 2 hours at 78% similarity" is {@code windowMinutes
 * 120, threshold 0.78, minCount 5, trigger "engaged-harmful"}.
 *
 * @param windowMinutes clock minutes after the trigger, in (0, 100000]; default 120
 * @param threshold     cosine similarity threshold, in [-1, 1]; default 0.78
 * @param minCount      a run counts as "reached" when at least this many similar items were
 *                      shown, in [1, 10000]; default 5
 * @param trigger       {@code engaged} (any item) or {@code engaged-harmful} (harmful items
 *                      only); default {@code engaged-harmful}
 */
public record SimilarRunsConfig(Double windowMinutes, Double threshold, Integer minCount, String trigger) {

    public SimilarRunsConfig {
        windowMinutes = windowMinutes == null ? 120.0 : windowMinutes;
        if (!(windowMinutes > 0 && windowMinutes <= 100_000)) {
            throw new IllegalArgumentException("windowMinutes must be in (0, 100000], got " + windowMinutes);
        }
        threshold = threshold == null ? 0.78 : threshold;
        if (!(threshold >= -1 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [-1, 1], got " + threshold);
        }
        minCount = minCount == null ? 5 : minCount;
        if (minCount < 1 || minCount > 10_000) {
            throw new IllegalArgumentException("minCount must be in [1, 10000], got " + minCount);
        }
        trigger = trigger == null ? "engaged-harmful" : trigger;
        if (!trigger.equals("engaged") && !trigger.equals("engaged-harmful")) {
            throw new IllegalArgumentException("trigger must be one of [engaged, engaged-harmful], got '" + trigger + "'");
        }
    }

    /** True when only harmful items trigger. */
    public boolean harmfulOnly() {
        return trigger.equals("engaged-harmful");
    }
}
