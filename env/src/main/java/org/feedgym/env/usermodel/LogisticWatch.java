package org.feedgym.env.usermodel;

/**
 * Registry type {@value #TYPE}, FeedGym's original response model: the watch ratio is
 * {@code sigmoid(z) + noise·(2u − 1)} clipped to [minWatch, watchCap].
 *
 * <p>Its expectations are those of the unclipped noise, as FeedGym has always computed them:
 * E[watch] = sigmoid(z) and E[watch²] = sigmoid(z)² + noise²/3 (other powers: the uniform noise
 * integrated over its non-negative part). They are exact when sigmoid(z) ± noise lies in
 * [minWatch, watchCap], and off by at most the clipped tail otherwise.
 */
public final class LogisticWatch implements ResponseModel {

    /** Registry id. */
    public static final String TYPE = "logistic-watch";

    private final WatchLogit logit;
    private final double noise;
    private final double minWatch;
    private final double watchCap;

    public LogisticWatch(LogisticWatchParameters p) {
        this.logit = p.logit();
        this.noise = p.noise();
        this.minWatch = p.minWatch();
        this.watchCap = p.watchCap();
    }

    @Override
    public double logit(double affinity, double quality, double satiation, double harmAttraction, double harm) {
        return logit.z(affinity, quality, satiation, harmAttraction, harm);
    }

    @Override
    public double expectedWatch(double z) {
        return WatchLogit.sigmoid(z);
    }

    @Override
    public double expectedWatchPower(double z, double power) {
        return expectedWatchPower(z, power, WatchLogit.sigmoid(z));
    }

    /** The moment from {@code ew} = sigmoid(z) alone. */
    @Override
    public double expectedWatchPower(double z, double power, double ew) {
        if (power == 2) {
            return ew * ew + noise * noise / 3;
        }
        if (noise == 0) {
            return Math.pow(ew, power);
        }
        double lo = Math.max(0, ew - noise);
        double hi = ew + noise;
        return (Math.pow(hi, power + 1) - Math.pow(lo, power + 1)) / ((power + 1) * 2 * noise);
    }

    @Override
    public double watch(double z, double u) {
        return Math.min(watchCap, Math.max(minWatch, WatchLogit.sigmoid(z) + noise * (2 * u - 1)));
    }

    @Override
    public double minWatch() {
        return minWatch;
    }

    @Override
    public double watchCap() {
        return watchCap;
    }
}
