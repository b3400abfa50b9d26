package org.feedgym.env.random;

import java.util.random.RandomGenerator;

/**
 * Gamma, Beta and Dirichlet variates drawn from a supplied generator (never a global one): the
 * one sampler of FeedGym, used by the Thompson-sampling bandits and the homogenization study.
 *
 * <p>Gamma(shape ≥ 1) is Marsaglia and Tsang (2000), "A simple method for generating gamma
 * variables", ACM TOMS 26(3). Shapes below 1 use {@code Gamma(a) = Gamma(a + 1)·U^(1/a)}, computed
 * as a logarithm: the study's tiny shapes ({@code 0.1 · Dirichlet(100·1_K)} gives item
 * concentrations near 0.005; a Beta with mean 1e-9 has α near 1e-8) would otherwise underflow to
 * 0/0 in a Dirichlet or lose their precision.
 *
 * <p>Why not Commons RNG's {@code AhrensDieterMarsagliaTsangGammaSampler}: it returns the variate
 * itself, which underflows to 0 for those shapes, and it would change every seeded result of the
 * bandits and the study for no gain in accuracy.
 *
 * <p>Each call consumes a variable number of draws from {@code rng}; a given generator state
 * gives the same variate on every machine.
 */
public final class Samplers {

    private Samplers() {
    }

    /**
     * A Gamma(shape, 1) variate.
     *
     * @param shape the shape, &gt; 0
     */
    public static double gamma(double shape, RandomGenerator rng) {
        return shape >= 1 ? gammaAtLeastOne(shape, rng) : Math.exp(logGamma(shape, rng));
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

    /**
     * Marsaglia and Tsang (2000), shape ≥ 1; the logarithms of the exact acceptance test are
     * needed only when the squeeze fails.
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
     *
     * @param alpha α, &gt; 0
     * @param beta  β, &gt; 0
     * @return a value in [0, 1]
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
     * A Dirichlet variate: {@code out[outOffset .. outOffset + k) ~ Dirichlet(params[offset .. offset + k))},
     * normalised from the logarithms of its Gamma parts so that tiny concentrations do not give 0/0.
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
