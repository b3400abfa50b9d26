package org.feedgym.env;

import java.util.Map;
import java.util.Objects;

/**
 * What {@link Environment#reset(long)} returns.
 *
 * @param observation the first observation of the episode
 * @param info        diagnostic values; unmodifiable
 * @param <O>         observation type
 */
public record ResetResult<O>(O observation, Map<String, Object> info) {
    public ResetResult {
        Objects.requireNonNull(observation, "observation");
        info = Map.copyOf(info);
    }
}
