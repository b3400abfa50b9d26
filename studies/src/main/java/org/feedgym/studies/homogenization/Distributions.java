package org.feedgym.studies.homogenization;

import java.util.random.RandomGenerator;

/**
 * The distributions of the study: Gamma (Marsaglia and Tsang 2000), Beta, Dirichlet, and the
 * mean/spread parametrisation of the Beta used by Chaney et al. (2018, footnote 3) and the T-RECS
 * replication (Lucherini et al. 2021).
 *
 * <p>Gamma variates are produced as logarithms so that the tiny shapes of the study
 * ({@code 0.1 · Dirichlet(100·1_K)} gives item concentrations near 0.005; a Beta with mean
 * 1e-9 has α near 1e-8) neither underflow to 0/0 in a Dirichlet nor lose precision.
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

    /**
     * The natural logarithm of a Gamma(shape, 1) variate. Shapes below 1 use
     * {@code Gamma(a) = Gamma(a + 1)·U^(1/a)}, which for tiny {@code a} is a large negative
     * logarithm rather than an underflowed 0.
     *
     * @param shape the shape, &gt; 0
     */
    public static double logGamma(double shape, RandomGenerator rng) {
        if (shape < 1) {
            double log = Math.log(gammaAtLeastOne(shape + 1, rng));
            // 1 - nextDouble() is in (0, 1], so the logarithm is finite.
            return log + Math.log(1 - rng.nextDouble()) / shape;
        }
        return Math.log(gammaAtLeastOne(shape, rng));
    }

    /** A Gamma(shape, 1) variate. */
    public static double gamma(double shape, RandomGenerator rng) {
        return shape >= 1 ? gammaAtLeastOne(shape, rng) : Math.exp(logGamma(shape, rng));
    }

    /**
     * Marsaglia and Tsang (2000), "A simple method for generating gamma variables", shape ≥ 1;
     * the logarithms of the exact acceptance test are needed only when the squeeze fails.
     */
    private static double gammaAtLeastOne(double shape, RandomGenerator rng) {
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = rng.nextGaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = rng.nextDouble();
            double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    /**
     * A Beta(α, β) variate as {@code X/(X + Y)} with {@code X ~ Gamma(α)}, {@code Y ~ Gamma(β)};
     * when a shape is below 1, from logarithms (exactly 0 when α is so small that X underflows).
     */
    public static double beta(double alpha, double beta, RandomGenerator rng) {
        if (alpha >= 1 && beta >= 1) {
            double x = gammaAtLeastOne(alpha, rng);
            double y = gammaAtLeastOne(beta, rng);
            return x / (x + y);
        }
        double lx = logGamma(alpha, rng);
        if (beta >= 1) {
            double y = gammaAtLeastOne(beta, rng);
            // With ln X < -800 and Y > 1e-30, exp(ln Y - ln X) > e^731 overflows and the result
            // below is exactly 0: the logarithm and exponential can be spared (tiny α, the
            // common case for small mean utilities).
            if (lx < -800 && y > 1e-30) {
                return 0;
            }
            return 1 / (1 + Math.exp(Math.log(y) - lx));
        }
        double ly = logGamma(beta, rng);
        if (lx == ly) {
            return 0.5;
        }
        return 1 / (1 + Math.exp(ly - lx));
    }

    /**
     * A Dirichlet variate: {@code out[outOffset + k] ~ Dirichlet(params[offset .. offset + k))}.
     *
     * @param params    concentrations, each &gt; 0
     * @param offset    first concentration
     * @param k         dimension
     * @param out       destination
     * @param outOffset first destination index
     */
    public static void dirichlet(double[] params, int offset, int k, RandomGenerator rng, double[] out,
                                 int outOffset) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            double l = logGamma(params[offset + j], rng);
            out[outOffset + j] = l;
            max = Math.max(max, l);
        }
        double sum = 0;
        for (int j = 0; j < k; j++) {
            double e = Math.exp(out[outOffset + j] - max);
            out[outOffset + j] = e;
            sum += e;
        }
        for (int j = 0; j < k; j++) {
            out[outOffset + j] /= sum;
        }
    }
}
