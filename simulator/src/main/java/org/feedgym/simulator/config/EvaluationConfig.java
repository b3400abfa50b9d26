package org.feedgym.simulator.config;

/**
 * How agents are evaluated: every agent meets the same users with the same seeds.
 *
 * @param users      users per replicate, in [1, 10,000,000]; default 200
 * @param replicates independent replicates (each with its own user seeds), in [1, 1000];
 *                   default 1
 */
public record EvaluationConfig(Integer users, Integer replicates) {

    public EvaluationConfig {
        users = users == null ? 200 : users;
        if (users < 1 || users > 10_000_000) {
            throw new IllegalArgumentException("users must be in [1, 10000000], got " + users);
        }
        replicates = replicates == null ? 1 : replicates;
        if (replicates < 1 || replicates > 1000) {
            throw new IllegalArgumentException("replicates must be in [1, 1000], got " + replicates);
        }
    }
}
