package org.feedgym.agents.bandit;

/**
 * LinUCB with disjoint linear models (Li, Chu, Langford &amp; Schapire 2010, "A contextual-bandit
 * approach to personalized news article recommendation", WWW, Algorithm 1): arm a has a ridge
 * model (A<sub>a</sub>, b<sub>a</sub>) over d context features, and a decision picks the offered
 * (arm, context) with the largest
 * <pre>{@code
 *   θ_aᵀx + α · sqrt(xᵀ A_a⁻¹ x)
 * }</pre>
 * With one arm this is the shared-model variant: every candidate is scored by the same θ and the
 * candidates differ only in their context. Ties go to the first position.
 */
public final class LinUcb implements LinearBandit {

    private final RidgeRegression[] models;
    private final double alpha;

    /**
     * @param arms       number of disjoint models, &ge; 1 (1 = one shared model)
     * @param dimensions context dimension d, &ge; 1
     * @param alpha      exploration weight α &ge; 0
     * @param lambda     ridge strength λ &gt; 0 (1 in the paper)
     */
    public LinUcb(int arms, int dimensions, double alpha, double lambda) {
        if (arms < 1) {
            throw new IllegalArgumentException("arms must be >= 1, got " + arms);
        }
        if (!(alpha >= 0) || !Double.isFinite(alpha)) {
            throw new IllegalArgumentException("alpha must be >= 0, got " + alpha);
        }
        this.models = new RidgeRegression[arms];
        for (int a = 0; a < arms; a++) {
            models[a] = new RidgeRegression(dimensions, lambda);
        }
        this.alpha = alpha;
    }

    /** Number of models. */
    @Override
    public int arms() {
        return models.length;
    }

    /** Refits every model that received observations; call before scoring a batch of decisions. */
    @Override
    public void prepare() {
        for (RidgeRegression m : models) {
            m.solve();
        }
    }

    /** The upper confidence bound of context x (at {@code offset}) under arm {@code arm}'s model. */
    public double score(int arm, double[] x, int offset) {
        RidgeRegression m = models[arm];
        return m.predict(x, offset) + alpha * Math.sqrt(m.variance(x, offset));
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
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < count; p++) {
            double s = score(arms[p], x, p * d);
            if (s > bestScore) {
                bestScore = s;
                best = p;
            }
        }
        return best;
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
