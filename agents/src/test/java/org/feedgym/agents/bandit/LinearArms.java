package org.feedgym.agents.bandit;

import java.util.random.RandomGenerator;
import org.feedgym.env.random.Seeds;

/**
 * A linear contextual bandit with a known θ*: each round offers K contexts with features drawn
 * uniformly from [0, 1] and a constant 1 as the last feature; the reward of context x is
 * θ*ᵀx + N(0, noise²). Regret is Σ (max θ*ᵀx − θ*ᵀx_chosen), without the noise.
 */
final class LinearArms {

    interface Policy {
        void prepare();

        int choose(int[] arms, double[] x, int count);

        void update(int arm, double[] x, int offset, double r);
    }

    private final double[] theta;
    private final int k;
    private final double noise;

    LinearArms(int k, double noise, double... theta) {
        this.theta = theta.clone();
        this.k = k;
        this.noise = noise;
    }

    static Policy of(LinUcb b) {
        return new Policy() {
            public void prepare() {
                b.prepare();
            }

            public int choose(int[] arms, double[] x, int count) {
                return b.choose(arms, x, count);
            }

            public void update(int arm, double[] x, int offset, double r) {
                b.update(arm, x, offset, r);
            }
        };
    }

    static Policy of(LinearThompson b) {
        return new Policy() {
            public void prepare() {
                b.prepare();
            }

            public int choose(int[] arms, double[] x, int count) {
                return b.choose(arms, x, count);
            }

            public void update(int arm, double[] x, int offset, double r) {
                b.update(arm, x, offset, r);
            }
        };
    }

    /** Plays {@code rounds} rounds; returns the cumulative regret after each round. */
    double[] play(Policy policy, int rounds, long seed) {
        RandomGenerator random = Seeds.generator(seed);
        int d = theta.length;
        double[] x = new double[k * d];
        int[] arms = new int[k];
        double[] regret = new double[rounds];
        double cumulative = 0;
        for (int t = 0; t < rounds; t++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                for (int i = 0; i < d - 1; i++) {
                    x[c * d + i] = random.nextDouble();
                }
                x[c * d + d - 1] = 1;
                best = Math.max(best, mean(x, c * d));
            }
            policy.prepare();
            int p = policy.choose(arms, x, k);
            double m = mean(x, p * d);
            policy.update(0, x, p * d, m + noise * random.nextGaussian());
            cumulative += best - m;
            regret[t] = cumulative;
        }
        return regret;
    }

    private double mean(double[] x, int offset) {
        double s = 0;
        for (int i = 0; i < theta.length; i++) {
            s += theta[i] * x[offset + i];
        }
        return s;
    }
}
