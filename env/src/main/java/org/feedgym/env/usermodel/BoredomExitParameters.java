package org.feedgym.env.usermodel;

import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@link BoredomExit}: P(exit) = {@code base + slope·max(0, boredom − tolerance)}
 * (assumptions).
 *
 * @param base  per-step exit probability of a user who is not bored, in [0, 1]; default 0.005
 * @param slope in [0, 100]; default 0.6
 */
public record BoredomExitParameters(Double base, Double slope) {

    public BoredomExitParameters {
        base = ParameterChecks.doubleIn("base", base, 0.005, 0, 1);
        slope = ParameterChecks.doubleIn("slope", slope, 0.6, 0, 100);
    }
}
