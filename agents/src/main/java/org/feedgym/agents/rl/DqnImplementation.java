package org.feedgym.agents.rl;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/**
 * Which code trains a {@code dqn} or {@code double-dqn} agent; written {@code "dl4j"} or
 * {@code "rl4j"} in configs and saved agents. Both learn the same Q-function on the same
 * {@link Mlp}; see {@link DqnAgent} for what differs.
 */
public enum DqnImplementation {

    /** FeedGym's own training loop on DL4J (replay memory in plain arrays, batched updates). */
    DL4J("dl4j") {
        @Override
        DqnTrainer trainer(String agent, DqnParameters p, boolean doubleDqn, Mlp qNetwork, long seed) {
            return new DqnLearner(agent, p, doubleDqn, qNetwork, seed);
        }
    },
    /** RL4J's {@code QLearningDiscrete} with FeedGym's learning behaviour and epsilon schedule. */
    RL4J("rl4j") {
        @Override
        DqnTrainer trainer(String agent, DqnParameters p, boolean doubleDqn, Mlp qNetwork, long seed) {
            return new Rl4jDqnLearner(agent, p, doubleDqn, qNetwork, seed);
        }
    };

    /** The names, in declaration order: {@code [dl4j, rl4j]}. */
    public static final List<String> IDS = Arrays.stream(values()).map(DqnImplementation::id).toList();

    private final String id;

    DqnImplementation(String id) {
        this.id = id;
    }

    /** The name in configs and saved agents. */
    @JsonValue
    public String id() {
        return id;
    }

    /**
     * The implementation named {@code id}.
     *
     * @throws IllegalArgumentException {@code "implementation must be one of [dl4j, rl4j], got 'tf'"}
     */
    @JsonCreator
    public static DqnImplementation of(String id) {
        for (DqnImplementation i : values()) {
            if (i.id.equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("implementation must be one of " + IDS + ", got '" + id + "'");
    }

    /**
     * A trainer for one call of {@code train}.
     *
     * @param agent     agent name for divergence messages
     * @param p         hyper-parameters
     * @param doubleDqn Double DQN targets instead of DQN targets
     * @param qNetwork  the network to train, in place
     * @param seed      the agent's seed
     */
    abstract DqnTrainer trainer(String agent, DqnParameters p, boolean doubleDqn, Mlp qNetwork, long seed);

    @Override
    public String toString() {
        return id;
    }
}
