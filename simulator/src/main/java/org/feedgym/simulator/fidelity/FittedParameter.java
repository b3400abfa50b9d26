package org.feedgym.simulator.fidelity;

import java.util.Objects;

/**
 * One fitted user-model parameter.
 *
 * @param parameter the parameter's config path, e.g. {@code "response.watchIntercept"}
 * @param value     the fitted value
 * @param lower     the lower bound of the search
 * @param upper     the upper bound of the search
 * @param start     where the search started (the configured value)
 */
public record FittedParameter(String parameter, double value, double lower, double upper, double start) {

    /** Validates. */
    public FittedParameter {
        Objects.requireNonNull(parameter, "parameter");
        if (!(lower <= upper)) {
            throw new IllegalArgumentException(parameter + ": lower must be <= upper, got " + lower + " and " + upper);
        }
    }
}
