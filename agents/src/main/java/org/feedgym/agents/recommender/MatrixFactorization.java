package org.feedgym.agents.recommender;

import org.feedgym.agents.registry.StateChecks;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.feedgym.env.data.InteractionLog;

/**
 * Biased matrix factorisation trained by stochastic gradient descent (Koren, Bell &amp; Volinsky
 * 2009, "Matrix factorization techniques for recommender systems", IEEE Computer 42(8)):
 * <pre>{@code
 *   r̂_ui = μ + b_u + b_i + p_uᵀ q_i
 * }</pre>
 * and for each observed r_ui, with e = r_ui − r̂_ui, learning rate γ and regularisation λ:
 * <pre>{@code
 *   b_u += γ (e − λ b_u);   b_i += γ (e − λ b_i)
 *   p_u += γ (e q_i − λ p_u);   q_i += γ (e p_u − λ q_i)     (both from the old p_u, q_i)
 * }</pre>
 * μ is fixed to the mean rating of the training data.
 */
public final class MatrixFactorization {

    private final int users;
    private final int items;
    private final int factors;
    private final double mu;
    private final double[] bu;
    private final double[] bi;
    private final double[] p;
    private final double[] q;

    /**
     * A model with zero biases and factors drawn from N(0, initSd²).
     *
     * @param users   number of users, &ge; 0
     * @param items   number of items, &ge; 0
     * @param factors latent dimension f, &ge; 1
     * @param mu      the global mean μ
     * @param init    generator of the initial factors
     * @param initSd  standard deviation of the initial factors, &ge; 0
     */
    public MatrixFactorization(int users, int items, int factors, double mu, RandomGenerator init, double initSd) {
        this(users, items, factors, mu, new double[users], new double[items], new double[users * factors],
                new double[items * factors]);
        Objects.requireNonNull(init, "init");
        for (int j = 0; j < p.length; j++) {
            p[j] = initSd * init.nextGaussian();
        }
        for (int j = 0; j < q.length; j++) {
            q[j] = initSd * init.nextGaussian();
        }
    }

    /** A model with the given parameters (arrays are used as they are; for tests). */
    MatrixFactorization(int users, int items, int factors, double mu, double[] bu, double[] bi, double[] p,
                        double[] q) {
        if (factors < 1) {
            throw new IllegalArgumentException("factors must be >= 1, got " + factors);
        }
        this.users = users;
        this.items = items;
        this.factors = factors;
        this.mu = mu;
        this.bu = bu;
        this.bi = bi;
        this.p = p;
        this.q = q;
    }

    /**
     * The saved form of a model; the factor count is the agent's parameter.
     *
     * @param users       number of users
     * @param items       number of items
     * @param mu          μ
     * @param userBias    b_u of each user
     * @param itemBias    b_i of each item
     * @param userFactors p_u of each user in turn (users × factors)
     * @param itemFactors q_i of each item in turn (items × factors)
     */
    public record State(int users, int items, double mu, double[] userBias, double[] itemBias, double[] userFactors,
                        double[] itemFactors) {
    }

    /** A copy of the model in saved form. */
    public State state() {
        return new State(users, items, mu, bu.clone(), bi.clone(), p.clone(), q.clone());
    }

    /**
     * The model of a saved state with {@code factors} factors, after checking every array has the
     * length the counts give.
     *
     * @param field where the state sits under {@code $.state}, for messages
     * @throws IllegalArgumentException naming {@code $.state.<field>...} when one has not
     */
    static MatrixFactorization restore(String field, State state, int factors) {
        StateChecks.required(field, state);
        int users = StateChecks.count(field + ".users", state.users());
        int items = StateChecks.count(field + ".items", state.items());
        double[] bu = StateChecks.required(field + ".userBias", state.userBias());
        double[] bi = StateChecks.required(field + ".itemBias", state.itemBias());
        double[] p = StateChecks.required(field + ".userFactors", state.userFactors());
        double[] q = StateChecks.required(field + ".itemFactors", state.itemFactors());
        StateChecks.length(field + ".userBias", bu.length, users);
        StateChecks.length(field + ".itemBias", bi.length, items);
        StateChecks.length(field + ".userFactors", p.length, (long) users * factors);
        StateChecks.length(field + ".itemFactors", q.length, (long) items * factors);
        return new MatrixFactorization(users, items, factors, state.mu(), bu, bi, p, q);
    }

    /** Number of users. */
    public int users() {
        return users;
    }

    /** Number of items. */
    public int items() {
        return items;
    }

    /** Latent dimension f. */
    public int factors() {
        return factors;
    }

    /** The global mean μ. */
    public double mu() {
        return mu;
    }

    /** b_u. */
    public double userBias(int u) {
        return bu[u];
    }

    /** b_i. */
    public double itemBias(int i) {
        return bi[i];
    }

    /** Component k of p_u. */
    public double userFactor(int u, int k) {
        return p[u * factors + k];
    }

    /** Component k of q_i. */
    public double itemFactor(int i, int k) {
        return q[i * factors + k];
    }

    /** r̂_ui. */
    public double predict(int u, int i) {
        double s = mu + bu[u] + bi[i];
        int pu = u * factors;
        int qi = i * factors;
        for (int k = 0; k < factors; k++) {
            s += p[pu + k] * q[qi + k];
        }
        return s;
    }

    /**
     * One SGD step on rating r of (u, i).
     *
     * @return the error e = r − r̂_ui before the step
     */
    public double step(int u, int i, double r, double learningRate, double regularization) {
        double e = r - predict(u, i);
        bu[u] += learningRate * (e - regularization * bu[u]);
        bi[i] += learningRate * (e - regularization * bi[i]);
        int pu = u * factors;
        int qi = i * factors;
        for (int k = 0; k < factors; k++) {
            double pk = p[pu + k];
            double qk = q[qi + k];
            p[pu + k] += learningRate * (e * qk - regularization * pk);
            q[qi + k] += learningRate * (e * pk - regularization * qk);
        }
        return e;
    }

    /**
     * One epoch over the rows of {@code log} in the order {@code order} (row indices).
     *
     * @return the root mean squared error of the predictions made just before each step
     */
    public double epoch(InteractionLog log, int[] order, double learningRate, double regularization) {
        double sq = 0;
        for (int r : order) {
            double e = step(log.user(r), log.item(r), log.signal(r), learningRate, regularization);
            sq += e * e;
        }
        return order.length == 0 ? 0 : Math.sqrt(sq / order.length);
    }

    /** Root mean squared error of the current model on {@code log}. */
    public double rmse(InteractionLog log) {
        double sq = 0;
        for (int r = 0; r < log.size(); r++) {
            double e = log.signal(r) - predict(log.user(r), log.item(r));
            sq += e * e;
        }
        return log.size() == 0 ? 0 : Math.sqrt(sq / log.size());
    }
}
