package org.feedgym.studies.homogenization;

import java.util.random.RandomGenerator;
import org.feedgym.env.random.Samplers;
import org.feedgym.env.random.Seeds;

/**
 * The users, items and utilities of one simulation (Chaney et al. 2018, section 4.1; the T-RECS
 * replication's {@code sample_users_and_items}).
 *
 * <ul>
 *   <li>{@code user_params = userParamsScale · Dirichlet(1_K)}; every user's true preference
 *       {@code p_u ~ Dirichlet(user_params)}.</li>
 *   <li>{@code item_params = itemParamsScale · Dirichlet(itemParamsConcentration · 1_K)}; every
 *       item's attributes {@code q_i ~ Dirichlet(item_params)}.</li>
 *   <li>True utility {@code ~ Beta} with mean {@code μ = p_u·q_i} clamped to
 *       {@code [1e-9, 1 − 1e-9]} and standard deviation σ; the known fraction {@code ~ Beta} with
 *       mean {@code knownUtilityMean} and the same σ; known utility = true · known fraction. (The
 *       protocol only floors μ; the upper clamp, needed for the Beta to exist, changes nothing
 *       unless {@code p·q} rounds to within 1e-9 of 1.)</li>
 * </ul>
 *
 * <p>The utilities of a user-item pair are drawn from a {@link PairStream} seeded by the pair, so
 * they are a fixed function of (seed, user, item): they may be cached ({@code users × items}
 * doubles twice) or evaluated on demand with identical values. Items are numbered in release
 * order; T-RECS draws 10,000 items per simulation and releases them in order, so drawing only
 * those that are ever released is the same in distribution.
 */
public final class StudyWorld {

    /** Users × items at or below which utilities are cached. */
    public static final long CACHE_LIMIT = 4_000_000L;

    /**
     * What a world is drawn from.
     *
     * @param users                   users
     * @param attributes              K
     * @param items                   items ever released
     * @param userParamsScale         scale of the user Dirichlet parameters (10)
     * @param itemParamsScale         scale of the item Dirichlet parameters (0.1)
     * @param itemParamsConcentration concentration of the item parameters' Dirichlet (100)
     * @param knownUtilityMean        mean known fraction of utility (0.98)
     * @param utilitySigma            σ of both Betas (1e-5)
     */
    public record Parameters(int users, int attributes, int items, double userParamsScale, double itemParamsScale,
                             double itemParamsConcentration, double knownUtilityMean, double utilitySigma) {
        public Parameters {
            if (users < 1 || attributes < 1 || items < 1) {
                throw new IllegalArgumentException("users, attributes and items must be positive, got "
                        + users + ", " + attributes + ", " + items);
            }
            Distributions.betaAlpha(knownUtilityMean, utilitySigma);
            Distributions.betaAlpha(HomogenizationConfig.MEAN_FLOOR, utilitySigma);
        }
    }

    private final Parameters p;
    private final int k;
    private final double[] preferences;
    private final double[] itemAttributes;
    private final long utilitySeed;
    private final double knownAlpha;
    private final double knownBeta;
    private final double sigma;
    private final double[] trueCache;
    private final double[] knownCache;

    private StudyWorld(Parameters p, double[] preferences, double[] itemAttributes, long utilitySeed, boolean cache) {
        this.p = p;
        this.k = p.attributes();
        this.preferences = preferences;
        this.itemAttributes = itemAttributes;
        this.utilitySeed = utilitySeed;
        this.sigma = p.utilitySigma();
        this.knownAlpha = Distributions.betaAlpha(p.knownUtilityMean(), sigma);
        this.knownBeta = Distributions.betaBeta(knownAlpha, p.knownUtilityMean());
        if (cache) {
            int n = p.users() * p.items();
            trueCache = new double[n];
            knownCache = new double[n];
            PairStream s = new PairStream(0);
            for (int u = 0; u < p.users(); u++) {
                for (int i = 0; i < p.items(); i++) {
                    double t = sampleTrue(u, i, s);
                    trueCache[u * p.items() + i] = t;
                    knownCache[u * p.items() + i] = t * Samplers.beta(knownAlpha, knownBeta, s);
                }
            }
        } else {
            trueCache = null;
            knownCache = null;
        }
    }

    /**
     * Draws a world.
     *
     * @param seed  the simulation's seed; preferences, items and utilities derive their own
     * @param cache whether to cache the utilities (see {@link #CACHE_LIMIT}); values are the same
     *              either way
     */
    public static StudyWorld sample(Parameters p, long seed, boolean cache) {
        int k = p.attributes();
        double[] ones = new double[k];
        java.util.Arrays.fill(ones, 1.0);
        RandomGenerator userRng = Seeds.generator(seed, "preferences", 0);
        double[] userParams = new double[k];
        Samplers.dirichlet(ones, 0, k, userRng, userParams, 0);
        for (int j = 0; j < k; j++) {
            userParams[j] *= p.userParamsScale();
        }
        double[] preferences = new double[p.users() * k];
        for (int u = 0; u < p.users(); u++) {
            Samplers.dirichlet(userParams, 0, k, userRng, preferences, u * k);
        }
        RandomGenerator itemRng = Seeds.generator(seed, "items", 0);
        double[] concentration = new double[k];
        java.util.Arrays.fill(concentration, p.itemParamsConcentration());
        double[] itemParams = new double[k];
        Samplers.dirichlet(concentration, 0, k, itemRng, itemParams, 0);
        for (int j = 0; j < k; j++) {
            itemParams[j] *= p.itemParamsScale();
        }
        double[] items = new double[p.items() * k];
        for (int i = 0; i < p.items(); i++) {
            Samplers.dirichlet(itemParams, 0, k, itemRng, items, i * k);
        }
        return new StudyWorld(p, preferences, items, Seeds.derive(seed, "utilities", 0), cache);
    }

    /** Whether the utilities are cached. */
    public boolean cached() {
        return trueCache != null;
    }

    /** Whether a world of these parameters is cached by default. */
    public static boolean cachedByDefault(Parameters p) {
        return (long) p.users() * p.items() <= CACHE_LIMIT;
    }

    private double sampleTrue(int u, int i, PairStream s) {
        s.reset(utilitySeed, u, i);
        double mu = 0;
        int pu = u * k;
        int qi = i * k;
        for (int j = 0; j < k; j++) {
            mu += preferences[pu + j] * itemAttributes[qi + j];
        }
        mu = Math.min(Math.max(mu, HomogenizationConfig.MEAN_FLOOR), 1 - HomogenizationConfig.MEAN_FLOOR);
        double alpha = ((1 - mu) / (sigma * sigma) - 1 / mu) * mu * mu;
        double beta = alpha * (1 / mu - 1);
        return Samplers.beta(alpha, beta, s);
    }

    /** User {@code u}'s true utility of item {@code i}; {@code s} is the caller's scratch stream. */
    double trueUtility(int u, int i, PairStream s) {
        if (trueCache != null) {
            return trueCache[u * p.items() + i];
        }
        return sampleTrue(u, i, s);
    }

    /** User {@code u}'s known utility of item {@code i}; {@code s} is the caller's scratch stream. */
    double knownUtility(int u, int i, PairStream s) {
        if (knownCache != null) {
            return knownCache[u * p.items() + i];
        }
        double t = sampleTrue(u, i, s);
        return t * Samplers.beta(knownAlpha, knownBeta, s);
    }

    /**
     * User {@code u}'s known utility of item {@code i} when it exceeds {@code floor}; otherwise
     * some value at most {@code floor}. Known utility is true utility times a fraction at most 1,
     * so when the true utility is already at most {@code floor} the fraction need not be drawn.
     */
    double knownUtilityAbove(int u, int i, double floor, PairStream s) {
        if (knownCache != null) {
            return knownCache[u * p.items() + i];
        }
        double t = sampleTrue(u, i, s);
        if (t <= floor) {
            return t;
        }
        return t * Samplers.beta(knownAlpha, knownBeta, s);
    }

    /** The parameters drawn from. */
    public Parameters parameters() {
        return p;
    }

    /** Users. */
    public int users() {
        return p.users();
    }

    /** Items ever released. */
    public int items() {
        return p.items();
    }

    /** K. */
    public int attributes() {
        return k;
    }

    /** Preferences, {@code users × K} row-major; read-only. */
    double[] preferences() {
        return preferences;
    }

    /** Item attributes, {@code items × K} row-major; read-only. */
    double[] itemAttributes() {
        return itemAttributes;
    }
}
