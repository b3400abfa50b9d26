package org.feedgym.simulator.config;

import org.feedgym.env.world.World;

/**
 * How agents are evaluated: every agent meets the same users with the same seeds.
 *
 * <p>A replicate is one independent training run: for every agent that learns before it is
 * evaluated (RL agents, log-trained recommenders) replicate {@code r} creates the agent afresh with
 * its own derived seed, trains it on its own training users and evaluates it on the users of
 * replicate {@code r}; for the others it is an independent draw of users. The {@code replicate}
 * column of {@code episodes.csv} is the training-run index, and {@code summary.json}'s
 * {@code runLevel} intervals are taken over replicates.
 *
 * @param users      users per replicate, in [1, 10,000,000]; default 200
 * @param replicates training runs (each with its own agent, training and user seeds), in
 *                   [1, {@value #MAX_REPLICATES}]; default {@value #DEFAULT_REPLICATES}, the fewest
 *                   for which a run-level interval over training runs means something. Configs that
 *                   must stay small state theirs.
 */
public record EvaluationConfig(Integer users, Integer replicates) {

    /** Default replicates (training runs). */
    public static final int DEFAULT_REPLICATES = 5;
    /** Most replicates a config may ask for. */
    public static final int MAX_REPLICATES = 1000;

    public EvaluationConfig {
        users = users == null ? 200 : users;
        if (users < 1 || users > World.MAX_USERS) {
            throw new IllegalArgumentException("users must be in [1, " + World.MAX_USERS + "], got " + users);
        }
        replicates = replicates == null ? DEFAULT_REPLICATES : replicates;
        if (replicates < 1 || replicates > MAX_REPLICATES) {
            throw new IllegalArgumentException("replicates must be in [1, " + MAX_REPLICATES + "], got " + replicates);
        }
    }
}
