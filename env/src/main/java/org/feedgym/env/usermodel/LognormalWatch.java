package org.feedgym.env.usermodel;

/**
 * Registry type {@value #TYPE}: a heavy-tailed watch ratio with replays. The ratio is
 * {@code exp(mu + sigma·Φ⁻¹(u))} clipped to [minWatch, watchCap], where {@code u} is the same
 * single uniform draw the logistic model turns into noise (so common random numbers hold across
 * response types) and {@code mu = ln(watchScale·sigmoid(z)) − sigma²/2}, so that the unclipped
 * ratio has mean {@code watchScale·sigmoid(z)} (same logit z and coefficients as
 * {@link LogisticWatch}).
 *
 * <p>Its expectations are exact for the clipped ratio: for a log-normal X and bounds a, b,
 * {@code E[clip(X)^p] = a^p·Φ(α) + e^{p·mu + p²σ²/2}·(Φ(β − pσ) − Φ(α − pσ)) + b^p·(1 − Φ(β))}
 * with {@code α = (ln a − mu)/σ}, {@code β = (ln b − mu)/σ}.
 */
public final class LognormalWatch implements ResponseModel {

    /** Registry id. */
    public static final String TYPE = "lognormal-watch";

    private final WatchLogit logit;
    private final double sigma;
    private final double scale;
    private final double minWatch;
    private final double watchCap;

    public LognormalWatch(LognormalWatchParameters p) {
        this.logit = p.logit();
        this.sigma = p.sigma();
        this.scale = p.watchScale();
        this.minWatch = p.minWatch();
        this.watchCap = p.watchCap();
    }

    @Override
    public double logit(double affinity, double quality, double satiation, double harmAttraction, double harm) {
        return logit.z(affinity, quality, satiation, harmAttraction, harm);
    }

    private double mu(double z) {
        return Math.log(scale * WatchLogit.sigmoid(z)) - sigma * sigma / 2;
    }

    @Override
    public double expectedWatch(double z) {
        return expectedWatchPower(z, 1);
    }

    @Override
    public double expectedWatchPower(double z, double power) {
        double mu = mu(z);
        double alpha = (Math.log(minWatch) - mu) / sigma;
        double beta = (Math.log(watchCap) - mu) / sigma;
        double middle = Math.exp(power * mu + power * power * sigma * sigma / 2)
                * (Normal.cdf(beta - power * sigma) - Normal.cdf(alpha - power * sigma));
        return Math.pow(minWatch, power) * Normal.cdf(alpha) + middle
                + Math.pow(watchCap, power) * (1 - Normal.cdf(beta));
    }

    @Override
    public double watch(double z, double u) {
        double w = Math.exp(mu(z) + sigma * Normal.quantile(u));
        return Math.min(watchCap, Math.max(minWatch, w));
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
