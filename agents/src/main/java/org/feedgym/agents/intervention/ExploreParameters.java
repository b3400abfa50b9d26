package org.feedgym.agents.intervention;

import org.feedgym.env.params.FieldException;
import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@code explore}: with probability {@code epsilon} a user is shown a candidate,
 * drawn uniformly, whose topic is not among the user's {@code topTopics} most-shown topics of its
 * last {@code window} items (when the candidates hold one; else the inner choice).
 *
 * @param epsilon   share of steps that explore, in [0, 1]; default 0.1; 0 changes nothing
 * @param topTopics how many of the user's most-shown topics count as its own, in [1, 100]; default 2
 * @param window    how many of the user's latest items define its top topics, in [1, 1000]; default 20
 */
public record ExploreParameters(Double epsilon, Integer topTopics, Integer window) {

    public ExploreParameters {
        try {
            epsilon = ParameterChecks.doubleIn("epsilon", epsilon, 0.1, 0, 1);
            topTopics = ParameterChecks.intIn("topTopics", topTopics, 2, 1, 100);
            window = ParameterChecks.intIn("window", window, 20, 1, 1000);
        } catch (IllegalArgumentException e) {
            throw FieldException.named(e);
        }
    }
}
