package org.feedgym.agents.bandit;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Thompson sampling for linear payoffs with a Gaussian prior and likelihood (Agrawal &amp; Goyal
 * 2013, "Thompson sampling for contextual bandits with linear payoffs", ICML): each decision draws
 * θ̃ ~ N(θ̂, v²·A⁻¹) from the ridge posterior of each arm's model it needs and picks the offered
 * context with the largest θ̃ᵀx (ties to the first position). With one arm it is the
 * shared-model variant. One draw per model per decision: contexts sharing a model are compared
 * under the same θ̃.
 */
public final class LinearThompson implements LinearBandit {

    private final RidgeRegression[] models;
    private final double v;
    private final RandomGenerator random;
    private final double[] samples;
    private final int[] stamp;
    private final double[] scratch;
    private int decision;

    /**
     * @param arms       number of disjoint models, &ge; 1 (1 = one shared model)
     * @param dimensions context dimension d, &ge; 1
     * @param v          posterior scale v &ge; 0 (0 is greedy on the ridge estimate)
     * @param lambda     ridge strength λ &gt; 0
     * @param random     the generator of posterior draws
     */
    public LinearThompson(int arms, int dimensions, double v, double lambda, RandomGenerator random) {
        if (arms < 1) {
            throw new IllegalArgumentException("arms must be >= 1, got " + arms);
        }
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException("v must be >= 0, got " + v);
        }
        this.models = new RidgeRegression[arms];
        for (int a = 0; a < arms; a++) {
            models[a] = new RidgeRegression(dimensions, lambda);
        }
        this.v = v;
        this.random = Objects.requireNonNull(random, "random");
        this.samples = new double[arms * dimensions];
        this.stamp = new int[arms];
        this.scratch = new double[dimensions];
    }

    /** Number of models. */
    @Override
    public int arms() {
        return models.length;
    }

    /** Refits every model that received observations; call before a batch of decisions. */
    @Override
    public void prepare() {
        for (RidgeRegression m : models) {
            m.solve();
        }
    }

    /**
     * Chooses among {@code count} offered contexts stored back to back in {@code x} (d values
     * each, from 0), with their arms in {@code arms}; call {@link #prepare()} first.
     *
     * @return the chosen position in [0, count)
     */
    @Override
    public int choose(int[] arms, double[] x, int count) {
        int d = models[0].dimensions();
        int mark = ++decision;
        if (mark == 0) {
            java.util.Arrays.fill(stamp, 0);
            mark = ++decision;
        }
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < count; p++) {
            int a = arms[p];
            if (stamp[a] != mark) {
                stamp[a] = mark;
                drawInto(a, d);
            }
            double s = 0;
            int base = a * d;
            int xo = p * d;
            for (int i = 0; i < d; i++) {
                s += samples[base + i] * x[xo + i];
            }
            if (s > bestScore) {
                bestScore = s;
                best = p;
            }
        }
        return best;
    }

    private void drawInto(int arm, int d) {
        models[arm].sample(random, v, scratch);
        System.arraycopy(scratch, 0, samples, arm * d, d);
    }

    /** Records reward {@code r} of context x (at {@code offset}) pulled under arm {@code arm}. */
    @Override
    public void update(int arm, double[] x, int offset, double r) {
        models[arm].add(x, offset, r);
    }

    /** Arm {@code arm}'s ridge model (read its θ after {@link #prepare()}). */
    @Override
    public RidgeRegression model(int arm) {
        return models[arm];
    }
}
