package org.feedgym.agents.bandit;

import java.util.List;

/**
 * How the linear bandits split their model: {@code shared} (one θ for every candidate; the
 * candidates differ only in their features) or {@code disjoint} (one θ per topic, as the
 * per-arm models of Li et al. 2010 with topics as arms; needs the catalog).
 */
final class LinearModels {

    /** Accepted config values. */
    static final List<String> IDS = List.of("shared", "disjoint");

    private LinearModels() {
    }
}
