package org.feedgym.env.usermodel;

import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@link LogisticWatch}: the {@link WatchLogit} coefficients (same names and
 * defaults) plus the noise and the clipping range.
 *
 * @param noise    half-width of the uniform noise added to sigmoid(z), in [0, 1]; default 0.15
 * @param minWatch smallest watch ratio, in [0, 1]; default 0.01
 * @param watchCap largest watch ratio, in [1, 20]; default 1 (no replays; CIRS clips at 5)
 */
public record LogisticWatchParameters(Double intercept, Double affinity, Double quality, Double qualityCentre,
                                      Double satiation, Double harm, Double harmCentre, Double noise, Double minWatch,
                                      Double watchCap) {

    public LogisticWatchParameters {
        WatchLogit l = new WatchLogit(intercept, affinity, quality, qualityCentre, satiation, harm, harmCentre);
        intercept = l.intercept();
        affinity = l.affinity();
        quality = l.quality();
        qualityCentre = l.qualityCentre();
        satiation = l.satiation();
        harm = l.harm();
        harmCentre = l.harmCentre();
        noise = ParameterChecks.doubleIn("noise", noise, 0.15, 0, 1);
        minWatch = ParameterChecks.doubleIn("minWatch", minWatch, 0.01, 0, 1);
        watchCap = ParameterChecks.doubleIn("watchCap", watchCap, 1.0, 1, 20);
    }

    /** The logit coefficients. */
    public WatchLogit logit() {
        return new WatchLogit(intercept, affinity, quality, qualityCentre, satiation, harm, harmCentre);
    }
}
