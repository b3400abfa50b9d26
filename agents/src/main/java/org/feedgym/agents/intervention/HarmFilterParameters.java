package org.feedgym.agents.intervention;

import org.feedgym.env.params.FieldException;
import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@code harm-filter}: a moderation classifier over the catalog's harm labels that
 * misses some harmful items and wrongly flags some harmless ones. Each item is flagged or not for
 * the whole run (as a real moderation decision is), drawn from {@code derive(classifierSeed,
 * "moderation", item)}, so every agent of an experiment meets the same decisions. Flagged
 * candidates are masked: the highest-ranked unflagged candidate is shown (when every candidate is
 * flagged, the inner choice is).
 *
 * @param recall            share of harmful items flagged, in [0, 1]; default 0.9
 * @param falsePositiveRate share of harmless items flagged, in [0, 1]; default 0.05
 * @param cap               when given, flagged items are masked only once a user's last
 *                          {@code window − 1} items hold {@code cap} flagged ones (a cap of
 *                          {@code cap} flagged items per window), in [0, window]; absent (the
 *                          default): always masked
 * @param window            the window of the cap, in [1, 1000]; default 10; only with {@code cap}
 * @param classifierSeed    the seed of the moderation decisions; default 1
 */
public record HarmFilterParameters(Double recall, Double falsePositiveRate, Integer cap, Integer window,
                                   Long classifierSeed) {

    public HarmFilterParameters {
        try {
            recall = ParameterChecks.doubleIn("recall", recall, 0.9, 0, 1);
            falsePositiveRate = ParameterChecks.doubleIn("falsePositiveRate", falsePositiveRate, 0.05, 0, 1);
            if (cap == null && window != null) {
                throw new FieldException("window", "window applies only with cap (a cap of flagged items per window)");
            }
            if (cap != null) {
                window = ParameterChecks.intIn("window", window, 10, 1, 1000);
                cap = ParameterChecks.intIn("cap", cap, 0, 0, window);
            }
            classifierSeed = classifierSeed == null ? 1L : classifierSeed;
        } catch (IllegalArgumentException e) {
            throw FieldException.named(e);
        }
    }
}
