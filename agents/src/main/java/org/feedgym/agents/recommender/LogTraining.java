package org.feedgym.agents.recommender;

import org.feedgym.agents.Agent;
import org.feedgym.agents.Training;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.env.random.Seeds;

/** How the log-trained recommenders get their log in {@code train}: a logging policy on training users. */
final class LogTraining {

    private LogTraining() {
    }

    /**
     * Runs the logging policy on {@code users} training users whose seeds are
     * {@code derive(training.seed, "train-user", u)} (never evaluation users) and logs {@code signal}.
     */
    static InteractionLog collect(Training training, int users, String loggingPolicy, Signal signal) {
        long[] seeds = new long[users];
        for (int u = 0; u < users; u++) {
            seeds[u] = Seeds.derive(training.seed(), "train-user", u);
        }
        Agent policy = LogCollector.loggingPolicy(loggingPolicy, training.world(),
                Seeds.derive(training.seed(), "logging-policy", 0));
        return LogCollector.collect(training.world(), policy, seeds, signal);
    }
}
