package org.feedgym.env;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Describes an environment: its registry id, the arguments it was built with, and (for a
 * wrapper) the specification of the environment it wraps, so that the spec of the outermost
 * wrapper describes the whole stack.
 *
 * @param id        registry id, e.g. {@code feed} or {@code time-limit}
 * @param arguments arguments in sorted order; values are strings, numbers or booleans
 * @param wrapped   the wrapped environment's spec, or {@code null} for a base environment
 */
public record EnvSpec(String id, Map<String, Object> arguments, EnvSpec wrapped) {

    public EnvSpec {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        arguments = Collections.unmodifiableMap(new TreeMap<>(arguments));
    }

    /** The ids from the outermost wrapper to the base environment, joined by {@code " > "}. */
    public String stack() {
        return wrapped == null ? id : id + " > " + wrapped.stack();
    }
}
