package org.feedgym.agents.bandit;

import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@code topic-ucb1}.
 *
 * @param c    exploration weight, &ge; 0; default 1 (UCB1 exactly: bonus sqrt(2 ln t / n))
 * @param arms {@code topic} (default) or {@code item}; see {@link Arms}
 */
public record Ucb1Parameters(Double c, String arms) {

    public Ucb1Parameters {
        c = ParameterChecks.atLeast("c", c, 1.0, 0);
        arms = ParameterChecks.oneOf("arms", arms, "topic", Arms.IDS);
    }
}
