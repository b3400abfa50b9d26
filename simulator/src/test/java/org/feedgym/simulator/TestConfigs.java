package org.feedgym.simulator;

/** Small configs for tests. */
public final class TestConfigs {

    private TestConfigs() {
    }

    /** A small world with every baseline agent; runs in well under a second. */
    public static final String SMALL = """
            {
              "name": "small",
              "seed": 7,
              "world": {
                "catalog": {"items": 300, "topics": 6, "harmfulTopics": 2, "dimensions": 8},
                "candidates": {"k": 6, "popularPool": 40},
                "reward": {"harmPenalty": 0.5},
                "episode": {"maxSteps": 60}
              },
              "evaluation": {"users": 80, "replicates": 2},
              "agents": [{"type": "random"}, {"type": "popularity"}, {"type": "greedy-engagement"}, {"type": "oracle"}]
            }
            """;
}
