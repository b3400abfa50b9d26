package org.feedgym.env.usermodel;

import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@link LogisticHate}: P(hate) = sigmoid(intercept + watch·w + affinity·cos
 * + harm·(harmCentre − harmAttraction)·harmScore).
 * Defaults (assumptions, to be calibrated) give a few percent, falling with the watch ratio as in
 * the KuaiRand subset, where hate rows have low watch ratios: 7.6% at watch 0 and cosine 0,
 * 1.3% at watch 0.8 and cosine 0.3.
 *
 * @param intercept in [−20, 20]; default −2.5
 * @param watch     weight of the watch ratio, in [−20, 20]; default −2
 * @param affinity  weight of the interest–item cosine, in [−20, 20]; default −1
 * @param harm      weight of (harmCentre − harmAttraction)·harm score, in [−20, 20]; default 0
 *                  (off: the negative signal ignores harm, as before this term existed). With a
 *                  positive weight an averse user (attraction below the centre) marks harmful
 *                  items more often and a user drawn to harm less often
 * @param harmCentre harm attraction at which harm has no effect, in [0, 1]; default 0.2 (the
 *                  response model's default centre)
 */
public record LogisticHateParameters(Double intercept, Double watch, Double affinity, Double harm,
                                     Double harmCentre) {

    public LogisticHateParameters {
        intercept = ParameterChecks.doubleIn("intercept", intercept, -2.5, -20, 20);
        watch = ParameterChecks.doubleIn("watch", watch, -2.0, -20, 20);
        affinity = ParameterChecks.doubleIn("affinity", affinity, -1.0, -20, 20);
        harm = ParameterChecks.doubleIn("harm", harm, 0.0, -20, 20);
        harmCentre = ParameterChecks.doubleIn("harmCentre", harmCentre, 0.2, 0, 1);
    }
}
