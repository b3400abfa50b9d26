package org.feedgym.env.world;

import org.feedgym.env.params.ParameterChecks;

/**
 * Episode horizons.
 *
 * @param maxSteps items shown before an episode is truncated, in [1, 1,000,000]; default 300
 * @param days     simulated days each user lives, in [0, 365]; 0 (the default) means one
 *                 session: the episode terminates when it ends. With days &ge; 1 a user whose
 *                 session ended may come back after a gap; the episode terminates when they do
 *                 not come back and is truncated when the next return would fall after the last day
 */
public record EpisodeConfig(Integer maxSteps, Integer days) {

    public EpisodeConfig {
        maxSteps = ParameterChecks.intIn("maxSteps", maxSteps, 300, 1, 1_000_000);
        days = ParameterChecks.intIn("days", days, 0, 0, 365);
    }
}
