package org.feedgym.studies.homogenization;

/**
 * The mean/spread parametrisation of the Beta used by Chaney et al. (2018, footnote 3) and the
 * T-RECS replication (Lucherini et al. 2021). The variates themselves (Gamma, Beta, Dirichlet)
 * come from FeedGym's one sampler, {@link org.feedgym.env.random.Samplers}.
 */
public final class Distributions {

    private Distributions() {
    }

    /**
     * α of the Beta with mean {@code mean} and standard deviation {@code sigma}:
     * {@code α = ((1 − μ)/σ² − 1/μ)·μ²} (then {@code β = α(1/μ − 1)} and the variance is exactly
     * σ²).
     *
     * @throws IllegalArgumentException unless {@code 0 < mean < 1} and {@code σ² < μ(1 − μ)}
     *                                  (otherwise no Beta has that mean and spread)
     */
    public static double betaAlpha(double mean, double sigma) {
        if (!(mean > 0 && mean < 1)) {
            throw new IllegalArgumentException("Beta mean must be in (0, 1), got " + mean);
        }
        if (!(sigma > 0 && sigma * sigma < mean * (1 - mean))) {
            throw new IllegalArgumentException("Beta sigma must be in (0, sqrt(mean(1 - mean))), got " + sigma
                    + " for mean " + mean);
        }
        return ((1 - mean) / (sigma * sigma) - 1 / mean) * mean * mean;
    }

    /** β of the Beta with mean {@code mean} whose α is {@code alpha}: {@code α(1/μ − 1)}. */
    public static double betaBeta(double alpha, double mean) {
        return alpha * (1 / mean - 1);
    }
}
