package org.feedgym.agents.bandit;

import org.feedgym.agents.registry.StateChecks;
import org.feedgym.env.linalg.Cholesky;
import java.util.random.RandomGenerator;

/**
 * Online ridge regression in d dimensions: the statistics A = λI + Σ x xᵀ and b = Σ r x, the
 * estimate θ = A⁻¹ b, and what the linear bandits need from it: the width xᵀA⁻¹x of the
 * confidence ellipsoid and draws from N(θ, s²A⁻¹).
 *
 * <p>Updates only accumulate A and b (O(d²)); {@link #solve()} refactors A by {@link Cholesky} when
 * something changed (O(d³), done once per batch of decisions rather than per update, which is
 * exact where a Sherman–Morrison inverse would drift over millions of rank-one updates). Every
 * array is allocated at construction.
 *
 * <p>A saved model is A, b and the update count ({@link #state()}); θ, A⁻¹ and the factor are
 * recomputed from them on {@link #restore}, by the same arithmetic, so they come out bit for bit.
 */
public final class RidgeRegression {

    private final int d;
    private final double lambda;
    private final double[] a;
    private final double[] b;
    private final double[] chol;
    private final double[] inverse;
    private final double[] theta;
    private final double[] work;
    private long updates;
    private boolean dirty;

    /**
     * @param dimensions d &ge; 1
     * @param lambda     ridge strength λ &gt; 0 (the prior precision of θ)
     */
    public RidgeRegression(int dimensions, double lambda) {
        if (dimensions < 1) {
            throw new IllegalArgumentException("dimensions must be >= 1, got " + dimensions);
        }
        if (!(lambda > 0) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException("lambda must be > 0, got " + lambda);
        }
        this.d = dimensions;
        this.lambda = lambda;
        this.a = new double[d * d];
        this.b = new double[d];
        this.chol = new double[d * d];
        this.inverse = new double[d * d];
        this.theta = new double[d];
        this.work = new double[d];
        for (int i = 0; i < d; i++) {
            a[i * d + i] = lambda;
        }
        dirty = true;
        solve();
    }

    /**
     * The saved form of a model.
     *
     * @param a       A = λI + Σ x xᵀ, row-major, d² numbers
     * @param b       b = Σ r x, d numbers
     * @param updates the number of observations added
     */
    record State(double[] a, double[] b, long updates) {
    }

    /** The dimension d. */
    public int dimensions() {
        return d;
    }

    /** The ridge strength λ. */
    public double lambda() {
        return lambda;
    }

    /** Number of observations added. */
    public long updates() {
        return updates;
    }

    /**
     * Adds one observation.
     *
     * @param x      feature array holding x at {@code offset}
     * @param offset where x starts
     * @param r      the observed response (finite)
     */
    public void add(double[] x, int offset, double r) {
        if (!Double.isFinite(r)) {
            throw new IllegalArgumentException("response must be finite, got " + r);
        }
        for (int i = 0; i < d; i++) {
            double xi = x[offset + i];
            if (xi == 0) {
                continue;
            }
            b[i] += r * xi;
            int row = i * d;
            for (int j = 0; j < d; j++) {
                a[row + j] += xi * x[offset + j];
            }
        }
        updates++;
        dirty = true;
    }

    /** Recomputes θ and A⁻¹ if observations were added since the last call. */
    public void solve() {
        if (!dirty) {
            return;
        }
        // A = L Lᵀ, L lower triangular, stored row-major in chol.
        try {
            Cholesky.factor(a, d, chol);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("A is " + e.getMessage(), e);
        }
        Cholesky.solve(chol, d, b, 0, theta);
        for (int col = 0; col < d; col++) {
            java.util.Arrays.fill(work, 0);
            work[col] = 1;
            Cholesky.solve(chol, d, work, 0, work);
            for (int row = 0; row < d; row++) {
                inverse[row * d + col] = work[row];
            }
        }
        dirty = false;
    }

    private void requireSolved() {
        if (dirty) {
            throw new IllegalStateException("observations were added: call solve() first");
        }
    }

    /** Component {@code i} of θ = A⁻¹b (after {@link #solve()}). */
    public double theta(int i) {
        requireSolved();
        return theta[i];
    }

    /** Entry (i, j) of A⁻¹ (after {@link #solve()}). */
    public double inverse(int i, int j) {
        requireSolved();
        return inverse[i * d + j];
    }

    /** θᵀx (after {@link #solve()}). */
    public double predict(double[] x, int offset) {
        requireSolved();
        double s = 0;
        for (int i = 0; i < d; i++) {
            s += theta[i] * x[offset + i];
        }
        return s;
    }

    /** xᵀA⁻¹x, the squared width of the confidence ellipsoid along x (after {@link #solve()}). */
    public double variance(double[] x, int offset) {
        requireSolved();
        double s = 0;
        for (int i = 0; i < d; i++) {
            double row = 0;
            int base = i * d;
            for (int j = 0; j < d; j++) {
                row += inverse[base + j] * x[offset + j];
            }
            s += x[offset + i] * row;
        }
        return Math.max(0, s);
    }

    /**
     * Draws θ̃ ~ N(θ, scale²·A⁻¹) into {@code out} (after {@link #solve()}): with A = LLᵀ and
     * z ~ N(0, I), the solution y of Lᵀy = z has covariance A⁻¹.
     */
    public void sample(RandomGenerator random, double scale, double[] out) {
        requireSolved();
        for (int i = 0; i < d; i++) {
            work[i] = random.nextGaussian();
        }
        Cholesky.solveTransposed(chol, d, work);
        for (int i = 0; i < d; i++) {
            out[i] = theta[i] + scale * work[i];
        }
    }

    /** A copy of A, b and the update count. */
    State state() {
        return new State(a.clone(), b.clone(), updates);
    }

    /**
     * Replaces the model with a saved one and refits it.
     *
     * @param field the state's field, e.g. {@code models[2]}, for messages
     * @throws IllegalArgumentException naming {@code $.state.<field>} when A is not d² finite
     *                                  numbers forming a symmetric positive-definite matrix, b is
     *                                  not d finite numbers, or the update count is negative
     */
    void restore(String field, State state) {
        StateChecks.required(field, state);
        double[] savedA = StateChecks.finite(field + ".a", state.a(), d * d);
        double[] savedB = StateChecks.finite(field + ".b", state.b(), d);
        if (state.updates() < 0) {
            throw new IllegalArgumentException(StateChecks.path(field + ".updates") + " must be >= 0, got "
                    + state.updates());
        }
        // add() keeps A exactly symmetric (xi·xj == xj·xi); the factorisation reads only one half.
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                if (savedA[i * d + j] != savedA[j * d + i]) {
                    throw new IllegalArgumentException(StateChecks.path(field + ".a") + " must be symmetric: entry ("
                            + i + ", " + j + ") is " + savedA[i * d + j] + ", (" + j + ", " + i + ") is "
                            + savedA[j * d + i]);
                }
            }
        }
        System.arraycopy(savedA, 0, a, 0, a.length);
        System.arraycopy(savedB, 0, b, 0, b.length);
        updates = state.updates();
        dirty = true;
        try {
            solve();
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(StateChecks.path(field + ".a") + ": " + e.getMessage(), e);
        }
    }
}
