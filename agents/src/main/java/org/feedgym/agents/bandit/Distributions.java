package org.feedgym.agents.bandit;

import java.util.random.RandomGenerator;

/** Samplers built on a supplied generator (never a global one). */
final class Distributions {

    private Distributions() {
    }

    /**
     * A Beta(a, b) draw as X/(X+Y) with X ~ Gamma(a), Y ~ Gamma(b).
     *
     * @param a shape &gt; 0
     * @param b shape &gt; 0
     */
    static double beta(RandomGenerator random, double a, double b) {
        double x = gamma(random, a);
        double y = gamma(random, b);
        double s = x + y;
        // Both draws underflow to 0 only for tiny shapes; fall back to the mean then.
        return s > 0 ? x / s : a / (a + b);
    }

    /**
     * A Gamma(shape, 1) draw: Marsaglia &amp; Tsang (2000), "A simple method for generating gamma
     * variables", ACM TOMS 26(3); for shape &lt; 1 the boost Gamma(shape + 1)·U<sup>1/shape</sup>.
     */
    static double gamma(RandomGenerator random, double shape) {
        if (shape < 1) {
            double u = random.nextDouble();
            return gamma(random, shape + 1) * Math.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = random.nextGaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x) {
                return d * v;
            }
            if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
