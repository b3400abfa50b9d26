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
     * Chooses like {@link #act} and also says how much the agent prefers each candidate, for the
     * interventions that re-rank or mask an agent's candidates. Call it instead of {@code act}, not
     * in addition: for stateful agents acting twice on one observation is not the same as acting once.
     *
     * <p>The default, for agents without per-candidate scores (the bandits), scores
     * the candidate {@code act} chose 1 and every other 0: an intervention that moves away from
     * the agent's choice then ranks the others as equals.
     *
     * @param observations the current observations (a live view; do not keep references)
     * @param actions      output as in {@link #act}
     * @param scores       output: N × K row-major, {@code scores[u·K + c]} the score of candidate
     *                     {@code c} for active user {@code u}, finite, higher preferred, and the
     *                     chosen candidate's score the row's maximum; rows of inactive users are
     *                     left as they were
     */
    default void actWithScores(ObservationBatch observations, int[] actions, double[] scores) {
        act(observations, actions);
        int k = observations.candidateCount();
        for (int u = 0; u < observations.users(); u++) {
            if (observations.active(u)) {
                java.util.Arrays.fill(scores, u * k, u * k + k, 0);
                scores[u * k + actions[u]] = 1;
            }
        }
    }

    /**
     * Told, after {@link #act} or {@link #actWithScores} and before the step, which candidates are
     * actually shown, when an intervention wrapping this agent may have overridden its choices.
     * Agents that remember their own choice to credit the outcome to it (the bandits) take the
     * shown candidates instead, so they learn from what users saw. The default does nothing:
     * agents that learn from {@link StepOutcomes#shownItem} learn from what was shown already.
     *
     * @param observations the observations acted on
     * @param shown        the candidate index shown to each active user
     */
    default void overridden(ObservationBatch observations, int[] shown) {
    }

    /**
     * Receives the outcomes of the step just taken (online learners update here). The default
     * ignores them.
     */
    default void observe(StepOutcomes outcomes) {
    }
}
