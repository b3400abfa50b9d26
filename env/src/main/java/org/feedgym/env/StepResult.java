package org.feedgym.env;

import java.util.Map;
import java.util.Objects;

/**
 * What one {@link Environment#step} returns.
 *
 * @param observation the observation after the action (for an ended episode: the last one)
 * @param reward      the reward of the action; finite
 * @param terminated  the episode reached a terminal state of the world (the user left for good):
 *                    value-based learners must not bootstrap from {@code observation}
 * @param truncated   the episode was cut by a horizon (step limit, day limit): learners
 *                    bootstrap from {@code observation}
 * @param info        diagnostic values (never needed to act); unmodifiable
 * @param <O>         observation type
 */
public record StepResult<O>(O observation, double reward, boolean terminated, boolean truncated,
                            Map<String, Object> info) {

    public StepResult {
        Objects.requireNonNull(observation, "observation");
        if (!Double.isFinite(reward)) {
            throw new IllegalArgumentException("reward must be finite, got " + reward);
        }
        if (terminated && truncated) {
            throw new IllegalArgumentException(
                    "terminated and truncated must not both be true: termination takes precedence");
        }
        info = Map.copyOf(info);
    }

    /** True when the episode is over, for either reason. */
    public boolean done() {
        return terminated || truncated;
    }
}
