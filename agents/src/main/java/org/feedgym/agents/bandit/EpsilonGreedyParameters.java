package org.feedgym.agents.bandit;

import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@code topic-epsilon-greedy}.
 *
 * @param epsilon    exploration rate ε in [0, 1]; default 0.1
 * @param decayPulls τ in [0, 1,000,000,000]: after t pulls (over the whole population) the rate
 *                   is ε·τ/(τ + t); 0 (the default) keeps ε constant
 * @param arms       {@code topic} (default) or {@code item}; see {@link Arms}
 */
public record EpsilonGreedyParameters(Double epsilon, Integer decayPulls, String arms) {

    public EpsilonGreedyParameters {
        epsilon = ParameterChecks.doubleIn("epsilon", epsilon, 0.1, 0, 1);
        decayPulls = ParameterChecks.intIn("decayPulls", decayPulls, 0, 0, 1_000_000_000);
        arms = ParameterChecks.oneOf("arms", arms, "topic", Arms.IDS);
    }
}
