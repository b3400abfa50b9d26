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

    /**
     * A population of 2,000 users (eight chunks of users for parallel stepping and acting) on one
     * replicate, so a pool splits its users, with the scoring baselines and a matrix-factorisation
     * agent; a few seconds.
     */
    public static final String POPULATION = """
            {
              "name": "population",
              "seed": 13,
              "world": {
                "catalog": {"items": 500, "topics": 6, "harmfulTopics": 2, "dimensions": 8},
                "users": {"personas": {"adult": 0.5, "teen": 0.3, "teen-vulnerable": 0.2}},
                "candidates": {"k": 8, "popularPool": 40},
                "episode": {"maxSteps": 30, "days": 1}
              },
              "evaluation": {"users": 2000, "replicates": 1},
              "metrics": {"homogenizationPairs": 300},
              "agents": [{"type": "random"}, {"type": "popularity"}, {"type": "greedy-engagement"}, {"type": "oracle"},
                         {"type": "mf", "trainingUsers": 100, "epochs": 3}]
            }
            """;
}
