package org.feedgym.agents.recommender;

import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@code user-knn}.
 *
 * @param k             nearest logged users that predict, in [1, 1000]; default 20
 * @param history       recent items that make up an evaluation user's vector, in [1, 200]; default 50
 * @param trainingUsers training users logged by {@code train}, in [1, 1,000,000]; default 500
 * @param loggingPolicy the policy that produces the training log: {@code random} (default) or
 *                      {@code popularity}
 * @param signal        what counts as a rating: {@code watch} (default; watch fraction),
 *                      {@code reward} or {@code like}
 */
public record UserKnnParameters(Integer k, Integer history, Integer trainingUsers, String loggingPolicy,
                                String signal) {

    public UserKnnParameters {
        k = ParameterChecks.intIn("k", k, 20, 1, 1000);
        history = ParameterChecks.intIn("history", history, 50, 1, 200);
        trainingUsers = ParameterChecks.intIn("trainingUsers", trainingUsers, 500, 1, 1_000_000);
        loggingPolicy = ParameterChecks.oneOf("loggingPolicy", loggingPolicy, "random", LogCollector.LOGGING_POLICIES);
        signal = ParameterChecks.oneOf("signal", signal, "watch", Signal.IDS);
    }
}
