package org.feedgym.agents.recommender;

import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@code covisitation}.
 *
 * @param window        visits apart that still count as co-visited, in [1, 100]; default 3
 * @param neighbours    co-visited items kept per item, in [1, 1000]; default 50
 * @param minSignal     a row is a visit when its signal is at least this (finite); default 0.5
 * @param history       recent items of an evaluation user that vote, in [1, 200]; default 20
 * @param trainingUsers training users logged by {@code train}, in [1, 1,000,000]; default 500
 * @param loggingPolicy the policy that produces the training log: {@code random} (default) or
 *                      {@code popularity}
 * @param signal        what counts as a rating: {@code watch} (default; watch fraction),
 *                      {@code reward} or {@code like}
 */
public record CovisitationParameters(Integer window, Integer neighbours, Double minSignal, Integer history,
                                     Integer trainingUsers, String loggingPolicy, String signal) {

    public CovisitationParameters {
        window = ParameterChecks.intIn("window", window, 3, 1, 100);
        neighbours = ParameterChecks.intIn("neighbours", neighbours, 50, 1, 1000);
        minSignal = ParameterChecks.finite("minSignal", minSignal, 0.5);
        history = ParameterChecks.intIn("history", history, 20, 1, 200);
        trainingUsers = ParameterChecks.intIn("trainingUsers", trainingUsers, 500, 1, 1_000_000);
        loggingPolicy = ParameterChecks.oneOf("loggingPolicy", loggingPolicy, "random", LogCollector.LOGGING_POLICIES);
        signal = ParameterChecks.oneOf("signal", signal, "watch", Signal.IDS);
    }
}
