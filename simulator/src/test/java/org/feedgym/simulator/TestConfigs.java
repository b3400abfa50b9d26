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

    /**
     * Agents that learn: random, a log-trained recommender (item-knn) and a short DQN, four
     * training runs each; a few seconds.
     */
    public static final String LEARNERS = """
            {
              "name": "runs",
              "seed": 11,
              "world": {
                "catalog": {"items": 300, "topics": 6, "harmfulTopics": 2, "dimensions": 8},
                "candidates": {"k": 6, "popularPool": 40},
                "episode": {"maxSteps": 40}
              },
              "evaluation": {"users": 30, "replicates": 4},
              "agents": [{"type": "random"}, {"type": "item-knn"}, {"type": "dqn", "trainingSteps": 300}]
            }
            """;
}
