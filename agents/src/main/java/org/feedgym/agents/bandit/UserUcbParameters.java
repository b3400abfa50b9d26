package org.feedgym.agents.bandit;

import org.feedgym.agents.recommender.Signal;
import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@code user-ucb}.
 *
 * @param c      weight of the count bonus c·sqrt(2 ln n / n_i), &ge; 0; default 1 (CIRS's bonus)
 * @param lambda ridge strength λ of each user's reward model, &gt; 0; default 1
 * @param signal the feedback the reward model fits: {@code reward} (default; the step reward),
 *               {@code watch} or {@code like}
 */
public record UserUcbParameters(Double c, Double lambda, String signal) {

    public UserUcbParameters {
        c = ParameterChecks.atLeast("c", c, 1.0, 0);
        lambda = ParameterChecks.above("lambda", lambda, 1.0, 0);
        signal = ParameterChecks.oneOf("signal", signal, "reward", Signal.IDS);
    }
}
