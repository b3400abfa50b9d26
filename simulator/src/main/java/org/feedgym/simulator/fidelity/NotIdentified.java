package org.feedgym.simulator.fidelity;

import java.util.Objects;

/**
 * A parameter the log cannot identify: it keeps its configured value.
 *
 * @param parameter the parameter's config path
 * @param value     the configured value it keeps
 * @param reason    why the log says nothing about it
 */
public record NotIdentified(String parameter, double value, String reason) {

    /** Checks that nothing is null. */
    public NotIdentified {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(reason, "reason");
    }
}
