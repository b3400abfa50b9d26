package org.feedgym.agents.bandit;

import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@code linear-thompson}.
 *
 * @param v      posterior scale v, &ge; 0 (θ̃ ~ N(θ̂, v²A⁻¹)); default 0.5; 0 is greedy
 * @param lambda ridge strength λ, &gt; 0; default 1
 * @param model  {@code shared} (default) or {@code disjoint} (one model per topic; needs the
 *               catalog)
 */
public record LinearThompsonParameters(Double v, Double lambda, String model) {

    public LinearThompsonParameters {
        v = ParameterChecks.atLeast("v", v, 0.5, 0);
        lambda = ParameterChecks.above("lambda", lambda, 1.0, 0);
        model = ParameterChecks.oneOf("model", model, "shared", LinearModels.IDS);
    }
}
