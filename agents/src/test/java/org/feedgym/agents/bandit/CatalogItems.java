package org.feedgym.agents.bandit;

import org.feedgym.env.world.Catalog;

/** Finds items of the contract world's catalog by topic. */
final class CatalogItems {

    private CatalogItems() {
    }

    /** The {@code n}-th item (0-based) of topic {@code topic}. */
    static int ofTopic(Catalog catalog, int topic, int n) {
        int seen = 0;
        for (int i = 0; i < catalog.size(); i++) {
            if (catalog.topic(i) == topic && seen++ == n) {
                return i;
            }
        }
        throw new IllegalArgumentException("no item " + n + " of topic " + topic);
    }
}
