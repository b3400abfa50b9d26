package org.feedgym.agents.bandit;

import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@code linucb}.
 *
 * @param alpha  exploration weight α, &ge; 0; default 1
 * @param lambda ridge strength λ, &gt; 0; default 1 (the identity prior of Li et al. 2010)
 * @param model  {@code shared} (default: one model for all candidates) or {@code disjoint} (one
 *               model per topic; needs the catalog)
 */
public record LinUcbParameters(Double alpha, Double lambda, String model) {

    public LinUcbParameters {
        alpha = ParameterChecks.atLeast("alpha", alpha, 1.0, 0);
        lambda = ParameterChecks.above("lambda", lambda, 1.0, 0);
        model = ParameterChecks.oneOf("model", model, "shared", LinearModels.IDS);
    }
}
