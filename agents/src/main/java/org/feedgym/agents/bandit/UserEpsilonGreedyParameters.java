package org.feedgym.agents.bandit;

import org.feedgym.agents.recommender.Signal;
import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@code user-epsilon-greedy}.
 *
 * @param epsilon exploration rate ε in [0, 1]: the share of steps that show a uniformly random
 *                candidate; default 0.1 (CIRS's setting)
 * @param lambda  ridge strength λ of each user's reward model, &gt; 0; default 1
 * @param signal  the feedback the reward model fits: {@code reward} (default; the step reward),
 *                {@code watch} or {@code like}
 */
public record UserEpsilonGreedyParameters(Double epsilon, Double lambda, String signal) {

    public UserEpsilonGreedyParameters {
        epsilon = ParameterChecks.doubleIn("epsilon", epsilon, 0.1, 0, 1);
        lambda = ParameterChecks.above("lambda", lambda, 1.0, 0);
        signal = ParameterChecks.oneOf("signal", signal, "reward", Signal.IDS);
    }
}
