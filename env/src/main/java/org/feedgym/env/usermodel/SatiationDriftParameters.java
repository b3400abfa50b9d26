package org.feedgym.env.usermodel;

import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@link SatiationDrift} (FeedGym's original values, assumptions). The drift rates
 * themselves belong to the personas ({@code driftRate}, {@code harmDriftMultiplier}).
 *
 * @param satiationSeconds time constant of satiation decay, in (0, 1e7] seconds; default 300
 * @param satiationGain    satiation gained per unit of watch ratio, in [0, 10]; default 0.35
 * @param boredomMemory    weight of the previous boredom, in [0, 1]; default 0.75
 * @param boredomWeight    weight of the unwatched share max(0, 1 − watch), in [0, 1]; default 0.25
 */
public record SatiationDriftParameters(Double satiationSeconds, Double satiationGain, Double boredomMemory,
                                       Double boredomWeight) {

    public SatiationDriftParameters {
        satiationSeconds = ParameterChecks.doubleAboveAtMost("satiationSeconds", satiationSeconds, 300.0, 0, 1e7);
        satiationGain = ParameterChecks.doubleIn("satiationGain", satiationGain, 0.35, 0, 10);
        boredomMemory = ParameterChecks.doubleIn("boredomMemory", boredomMemory, 0.75, 0, 1);
        boredomWeight = ParameterChecks.doubleIn("boredomWeight", boredomWeight, 0.25, 0, 1);
    }
}
