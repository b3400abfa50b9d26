package org.feedgym.agents.recommender;

import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@code user-profile}.
 *
 * @param signal the rating that weighs each item in the profile: {@code watch} (default; watch
 *               fraction), {@code reward} or {@code like}
 */
public record UserProfileParameters(String signal) {

    public UserProfileParameters {
        signal = ParameterChecks.oneOf("signal", signal, "watch", Signal.IDS);
    }
}
