package org.feedgym.agents.recommender;

import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@code mf}.
 *
 * @param factors        latent dimension f, in [1, 256]; default 16
 * @param epochs         SGD passes over the log, in [1, 1000]; default 20
 * @param learningRate   SGD step γ, in (0, 1]; default 0.01
 * @param regularization L2 weight λ, &ge; 0; default 0.02
 * @param history        recent items an evaluation user is folded in from, in [1, 200]; default 50
 * @param trainingUsers training users logged by {@code train}, in [1, 1,000,000]; default 500
 * @param loggingPolicy the policy that produces the training log: {@code random} (default) or
 *                      {@code popularity}
 * @param signal        what counts as a rating: {@code watch} (default; watch fraction),
 *                      {@code reward} or {@code like}
 */
public record MatrixFactorizationParameters(Integer factors, Integer epochs, Double learningRate,
                                            Double regularization, Integer history, Integer trainingUsers,
                                            String loggingPolicy, String signal) {

    public MatrixFactorizationParameters {
        factors = ParameterChecks.intIn("factors", factors, 16, 1, 256);
        epochs = ParameterChecks.intIn("epochs", epochs, 20, 1, 1000);
        learningRate = ParameterChecks.above("learningRate", learningRate, 0.01, 0);
        if (learningRate > 1) {
            throw new IllegalArgumentException("learningRate must be in (0, 1], got " + learningRate);
        }
        regularization = ParameterChecks.atLeast("regularization", regularization, 0.02, 0);
        history = ParameterChecks.intIn("history", history, 50, 1, 200);
        trainingUsers = ParameterChecks.intIn("trainingUsers", trainingUsers, 500, 1, 1_000_000);
        loggingPolicy = ParameterChecks.oneOf("loggingPolicy", loggingPolicy, "random", LogCollector.LOGGING_POLICIES);
        signal = ParameterChecks.oneOf("signal", signal, "watch", Signal.IDS);
    }
}
