package org.feedgym.agents;

import org.feedgym.env.ObservationBatch;
import org.feedgym.env.StepOutcomes;

/**
 * A policy over a population of users: for every active user it picks one of the K candidates.
 * Agents are created per trial by an {@link org.feedgym.agents.registry.AgentRegistry} and are
 * never reused across trials. All randomness comes from the seed in the {@link AgentContext}.
 */
public interface Agent {

    /** The registry type of this agent, e.g. {@code random}. */
    String type();

    /**
     * Chooses an action for every active user.
     *
     * @param observations the current observations (a live view; do not keep references)
     * @param actions      output: a candidate index in [0, K) for each active user; entries of
     *                     inactive users are ignored
     */
    void act(ObservationBatch observations, int[] actions);

    /**
     * Receives the outcomes of the step just taken (online learners update here). The default
     * ignores them.
     */
    default void observe(StepOutcomes outcomes) {
    }
}
