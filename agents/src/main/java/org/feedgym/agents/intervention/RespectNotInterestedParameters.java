package org.feedgym.agents.intervention;

import org.feedgym.env.params.FieldException;
import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@code respect-not-interested}: after a user marks an item "not interested" (the
 * step outcome's {@code hated}), candidates of that item's topic are pushed down for that user.
 * The push is {@code strength × 2 × decay(a)} subtracted from the normalised score (2 is the mask
 * offset, so at full strength and no decay the topic ranks below every other candidate), where
 * {@code a} is the number of items shown to the user since its last mark of the topic (0 for the
 * very next item) and {@code decay(a) = 0.5^(a / halfLifeSteps)}, or 1 without a half-life, and 0
 * once {@code a ≥ suppressSteps}. A new mark restarts the decay. The memory is the user's episode.
 *
 * @param strength      how hard the topic is pushed down, in [0, 1]; default 1; 0 changes nothing
 * @param halfLifeSteps items over which the push halves, in [1, 1,000,000]; absent (the default):
 *                      it does not decay
 * @param suppressSteps items after which the push stops altogether, in [1, 1,000,000]; absent (the
 *                      default): never
 */
public record RespectNotInterestedParameters(Double strength, Integer halfLifeSteps, Integer suppressSteps) {

    public RespectNotInterestedParameters {
        try {
            strength = ParameterChecks.doubleIn("strength", strength, 1, 0, 1);
            if (halfLifeSteps != null) {
                halfLifeSteps = ParameterChecks.intIn("halfLifeSteps", halfLifeSteps, 1, 1, 1_000_000);
            }
            if (suppressSteps != null) {
                suppressSteps = ParameterChecks.intIn("suppressSteps", suppressSteps, 1, 1, 1_000_000);
            }
        } catch (IllegalArgumentException e) {
            throw FieldException.named(e);
        }
    }

    /** The share of the full push left {@code age} items after the last mark, in [0, 1]. */
    public double decay(int age) {
        if (suppressSteps != null && age >= suppressSteps) {
            return 0;
        }
        return halfLifeSteps == null ? 1 : Math.pow(0.5, (double) age / halfLifeSteps);
    }
}
