package org.feedgym.env.world;

/** Small worlds for tests. */
final class TestWorlds {

    private TestWorlds() {
    }

    /** 400 items, 6 topics (2 harmful), d = 8, K = 8, 60 steps at most, one session. */
    static World small(long seed) {
        return WorldFactory.create(config(0, 60), seed, null);
    }

    static WorldConfig config(int days, int maxSteps) {
        return new WorldConfig(new CatalogConfig("synthetic", 400, 6, 2, 8, 0.15, null), null,
                new CandidatesConfig(8, null, null, 10, 50), null, new EpisodeConfig(maxSteps, days));
    }
}
