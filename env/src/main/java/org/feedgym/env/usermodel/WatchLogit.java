package org.feedgym.env.usermodel;

import org.feedgym.env.params.ParameterChecks;

/**
 * The watch logit shared by the response models:
 * {@code z = intercept + affinity·cos + quality·(q − qualityCentre) − satiation·sat
 * + harm·(harmAttraction − harmCentre)·harmScore}. Defaults are today's (assumptions, not fitted).
 *
 * @param intercept     in [−20, 20]; default −0.3
 * @param affinity      weight of the interest–item cosine, in [−20, 20]; default 3
 * @param quality       weight of the item quality, in [−20, 20]; default 1.5
 * @param qualityCentre quality with no effect, in [0, 1]; default 0.5
 * @param satiation     weight of the topic's satiation (subtracted), in [−20, 20]; default 0.8
 * @param harm          weight of harm × (harmAttraction − harmCentre), in [−20, 20]; default 2.5
 * @param harmCentre    harm attraction at which harm has no effect, in [0, 1]; default 0.2
 */
public record WatchLogit(Double intercept, Double affinity, Double quality, Double qualityCentre, Double satiation,
                         Double harm, Double harmCentre) {

    public WatchLogit {
        intercept = ParameterChecks.doubleIn("intercept", intercept, -0.3, -20, 20);
        affinity = ParameterChecks.doubleIn("affinity", affinity, 3.0, -20, 20);
        quality = ParameterChecks.doubleIn("quality", quality, 1.5, -20, 20);
        qualityCentre = ParameterChecks.doubleIn("qualityCentre", qualityCentre, 0.5, 0, 1);
        satiation = ParameterChecks.doubleIn("satiation", satiation, 0.8, -20, 20);
        harm = ParameterChecks.doubleIn("harm", harm, 2.5, -20, 20);
        harmCentre = ParameterChecks.doubleIn("harmCentre", harmCentre, 0.2, 0, 1);
    }

    /** The logit for these features (see {@link ResponseModel#logit}). */
    public double z(double cos, double q, double sat, double harmAttraction, double harmScore) {
        return intercept + affinity * cos + quality * (q - qualityCentre) - satiation * sat
                + harm * (harmAttraction - harmCentre) * harmScore;
    }

    /** The logistic function. */
    public static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
