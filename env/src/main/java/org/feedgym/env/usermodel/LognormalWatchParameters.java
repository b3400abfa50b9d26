package org.feedgym.env.usermodel;

import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@link LognormalWatch}: the {@link WatchLogit} coefficients (same names and
 * defaults) plus the spread, the scale of the mean and the clipping range.
 *
 * @param sigma      standard deviation of log(watch ratio), in (0, 3]; default 0.65 (the KuaiRand
 *                   subset's 90th-percentile-to-median ratio 1.82 / 0.80 is exp(1.28·0.64))
 * @param watchScale E[watch] = watchScale·sigmoid(z) before clipping, in (0, 20]; default 1
 * @param minWatch   smallest watch ratio, in (0, 1]; default 0.01
 * @param watchCap   largest watch ratio, in [1, 20]; default 5 (CIRS clips the KuaiRec ratio at 5)
 */
public record LognormalWatchParameters(Double intercept, Double affinity, Double quality, Double qualityCentre,
                                       Double satiation, Double harm, Double harmCentre, Double sigma,
                                       Double watchScale, Double minWatch, Double watchCap) {

    public LognormalWatchParameters {
        WatchLogit l = new WatchLogit(intercept, affinity, quality, qualityCentre, satiation, harm, harmCentre);
        intercept = l.intercept();
        affinity = l.affinity();
        quality = l.quality();
        qualityCentre = l.qualityCentre();
        satiation = l.satiation();
        harm = l.harm();
        harmCentre = l.harmCentre();
        sigma = ParameterChecks.doubleAboveAtMost("sigma", sigma, 0.65, 0, 3);
        watchScale = ParameterChecks.doubleAboveAtMost("watchScale", watchScale, 1.0, 0, 20);
        minWatch = ParameterChecks.doubleAboveAtMost("minWatch", minWatch, 0.01, 0, 1);
        watchCap = ParameterChecks.doubleIn("watchCap", watchCap, 5.0, 1, 20);
    }

    /** The logit coefficients. */
    public WatchLogit logit() {
        return new WatchLogit(intercept, affinity, quality, qualityCentre, satiation, harm, harmCentre);
    }
}
