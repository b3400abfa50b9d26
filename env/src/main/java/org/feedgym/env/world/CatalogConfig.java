package org.feedgym.env.world;

/**
 * The catalog section of a world config.
 *
 * @param type               catalog source; {@code synthetic} (the default) is generated from
 *                           the run's seed
 * @param items              number of items, in [20, 2,000,000]; default 2000
 * @param topics             number of topics, in [2, 200]; default 12
 * @param harmfulTopics      how many of the topics are harmful, in [0, topics − 1]; default 4
 * @param dimensions         embedding dimension d, in [2, 512]; default 16
 * @param harmfulShare       share of items in harmful topics, in [0, 0.9]; default 0.08
 * @param popularityExponent Pareto tail exponent of view counts, in [0.5, 5]; default 1.2
 *                           (smaller = heavier tail)
 */
public record CatalogConfig(String type, Integer items, Integer topics, Integer harmfulTopics,
                            Integer dimensions, Double harmfulShare, Double popularityExponent) {

    public CatalogConfig {
        type = type == null ? "synthetic" : type;
        if (!type.equals("synthetic")) {
            throw new IllegalArgumentException("type must be one of [synthetic], got '" + type + "'");
        }
        items = Checks.intIn("items", items, 2000, 20, 2_000_000);
        topics = Checks.intIn("topics", topics, 12, 2, 200);
        harmfulTopics = Checks.intIn("harmfulTopics", harmfulTopics, Math.min(4, topics - 1), 0, topics - 1);
        dimensions = Checks.intIn("dimensions", dimensions, 16, 2, 512);
        harmfulShare = Checks.doubleIn("harmfulShare", harmfulShare, harmfulTopics == 0 ? 0.0 : 0.08, 0, 0.9);
        if (harmfulTopics == 0 && harmfulShare > 0) {
            throw new IllegalArgumentException("harmfulShare must be 0 when harmfulTopics is 0, got " + harmfulShare);
        }
        popularityExponent = Checks.doubleIn("popularityExponent", popularityExponent, 1.2, 0.5, 5);
    }
}
