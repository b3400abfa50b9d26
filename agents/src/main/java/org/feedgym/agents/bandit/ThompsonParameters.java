package org.feedgym.agents.bandit;

import java.util.List;
import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@code thompson} (Beta–Bernoulli Thompson sampling).
 *
 * @param arms           {@code topic} (default) or {@code item}; see {@link Arms}
 * @param success        what counts as a success: {@code watch} (default; watch fraction above
 *                       {@code watchThreshold}) or {@code like}
 * @param watchThreshold in [0, 1]; default 0.5; a success is a watch fraction strictly above it
 * @param priorAlpha     α₀ of the Beta prior, &gt; 0; default 1
 * @param priorBeta      β₀ of the Beta prior, &gt; 0; default 1
 */
public record ThompsonParameters(String arms, String success, Double watchThreshold, Double priorAlpha,
                                 Double priorBeta) {

    /** Accepted values of {@code success}. */
    public static final List<String> SUCCESS = List.of("watch", "like");

    public ThompsonParameters {
        arms = ParameterChecks.oneOf("arms", arms, "topic", Arms.IDS);
        success = ParameterChecks.oneOf("success", success, "watch", SUCCESS);
        watchThreshold = ParameterChecks.doubleIn("watchThreshold", watchThreshold, 0.5, 0, 1);
        priorAlpha = ParameterChecks.above("priorAlpha", priorAlpha, 1.0, 0);
        priorBeta = ParameterChecks.above("priorBeta", priorBeta, 1.0, 0);
    }
}
