package org.feedgym.studies.homogenization;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.feedgym.env.params.FieldException;
import org.feedgym.simulator.study.StudyConfig;

/**
 * The homogenization study as written in JSON (Chaney, Stewart and Engelhardt 2018; protocol of
 * the T-RECS replication, Lucherini et al. 2021). Every component may be omitted and then takes
 * the published value.
 *
 * @param study                   must be {@code "homogenization"}
 * @param name                    names the run directory: letters, digits, '.', '_', '-'
 * @param seed                    root seed of every generator of the run; default 2018
 * @param simulations             independent simulations (fresh users, items and utilities),
 *                                in [1, 10000]; default 100 (the paper ran 400)
 * @param users                   users per simulation, in [2, 100000]; default 100
 * @param attributes              K, attributes of preferences and items, in [1, 1000];
 *                                default 20
 * @param itemsPerStep            items the creator releases every step, in [1, 10000];
 *                                default 10
 * @param attentionExponent       the rank discount: position {@code r} (from 1) of a list
 *                                weighs {@code r^attentionExponent}, in [-20, 0]; default -0.8
 * @param knownUtilityMean        mean of the known fraction of utility, in (0, 1); default 0.98
 * @param utilitySigma            σ of the Beta of true utility and of the known fraction, with
 *                                σ² below 1e-9·(1 − 1e-9) so that a Beta exists for the
 *                                smallest mean 1e-9; default 1e-5
 * @param userParamsScale         {@code user_params = userParamsScale · Dirichlet(1_K)}, in
 *                                (0, 1e6]; default 10
 * @param itemParamsScale         {@code item_params = itemParamsScale ·
 *                                Dirichlet(itemParamsConcentration · 1_K)}, in (0, 1e6];
 *                                default 0.1
 * @param itemParamsConcentration see {@code itemParamsScale}, in (0, 1e6]; default 100
 * @param consumedStayInLists     whether items a user has consumed keep their positions in that
 *                                user's later lists (passed over, pushing the rest down), as in
 *                                the T-RECS replication; false removes them from the lists.
 *                                Default true
 * @param modes                   training schedules, 1 to 10 with distinct names; default
 *                                repeated (10 + 90 steps) and single (50 + 50)
 * @param recommenders            the recommenders compared with the ideal one, which is always
 *                                run: any of {@code content, mf, social, popularity, random};
 *                                default all five
 * @param mf                      the matrix factorisation's parameters
 * @param randomPairs             when &gt; 0, each simulation also measures the mean Jaccard of
 *                                this many random pairs of distinct users (drawn once per
 *                                simulation, the same for every recommender and mode), minus the
 *                                ideal recommender's on the same pairs: the measure of T-RECS's
 *                                {@code replication_sim.py} (800 pairs), reported as
 *                                {@code randomPairsVsIdeal}. In [0, 1000000]; default 0 (off)
 */
public record HomogenizationConfig(String study, String name, Long seed, Integer simulations, Integer users,
                                   Integer attributes, Integer itemsPerStep, Double attentionExponent,
                                   Double knownUtilityMean, Double utilitySigma, Double userParamsScale,
                                   Double itemParamsScale, Double itemParamsConcentration,
                                   Boolean consumedStayInLists, List<ModeConfig> modes,
                                   List<String> recommenders, MfConfig mf, Integer randomPairs)
        implements StudyConfig {

    /** The value of {@code study} that selects this study. */
    public static final String STUDY = "homogenization";
    /** The smallest mean utility; the protocol floors {@code p·q} here. */
    public static final double MEAN_FLOOR = 1e-9;

    public HomogenizationConfig {
        if (!STUDY.equals(study)) {
            throw new IllegalArgumentException("study must be \"" + STUDY + "\", got "
                    + (study == null ? "nothing" : "\"" + study + "\""));
        }
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalArgumentException("name must be 1-100 characters of letters, digits, '.', '_' or '-', got "
                    + (name == null ? "nothing" : "'" + name + "'"));
        }
        seed = seed == null ? 2018L : seed;
        simulations = range("simulations", simulations, 100, 1, 10_000);
        users = range("users", users, 100, 2, 100_000);
        attributes = range("attributes", attributes, 20, 1, 1000);
        itemsPerStep = range("itemsPerStep", itemsPerStep, 10, 1, 10_000);
        attentionExponent = attentionExponent == null ? -0.8 : attentionExponent;
        if (!(attentionExponent >= -20 && attentionExponent <= 0)) {
            throw new IllegalArgumentException("attentionExponent must be in [-20, 0], got " + attentionExponent);
        }
        knownUtilityMean = knownUtilityMean == null ? 0.98 : knownUtilityMean;
        if (!(knownUtilityMean > 0 && knownUtilityMean < 1)) {
            throw new IllegalArgumentException("knownUtilityMean must be in (0, 1), got " + knownUtilityMean);
        }
        utilitySigma = utilitySigma == null ? 1e-5 : utilitySigma;
        double limit = MEAN_FLOOR * (1 - MEAN_FLOOR);
        if (!(utilitySigma > 0 && utilitySigma * utilitySigma < limit
                && utilitySigma * utilitySigma < knownUtilityMean * (1 - knownUtilityMean))) {
            throw new IllegalArgumentException("utilitySigma must be in (0, 3.16e-5) so that a Beta exists for every"
                    + " mean down to 1e-9, got " + utilitySigma);
        }
        userParamsScale = positive("userParamsScale", userParamsScale, 10.0);
        itemParamsScale = positive("itemParamsScale", itemParamsScale, 0.1);
        itemParamsConcentration = positive("itemParamsConcentration", itemParamsConcentration, 100.0);
        consumedStayInLists = consumedStayInLists == null ? Boolean.TRUE : consumedStayInLists;
        modes = modes == null ? List.of(new ModeConfig(null, ModeConfig.REPEATED, 10, 90),
                new ModeConfig(null, ModeConfig.SINGLE, 50, 50)) : List.copyOf(modes);
        if (modes.isEmpty() || modes.size() > 10) {
            throw new IllegalArgumentException("modes must list 1 to 10 modes, got " + modes.size());
        }
        Set<String> modeNames = new HashSet<>();
        for (ModeConfig m : modes) {
            if (!modeNames.add(m.name())) {
                throw new IllegalArgumentException("modes must have distinct names; '" + m.name()
                        + "' is used twice (give each a \"name\")");
            }
        }
        recommenders = recommenders == null ? RecommenderKind.COMPARED_IDS : List.copyOf(recommenders);
        if (recommenders.isEmpty()) {
            throw new IllegalArgumentException("recommenders must list at least one of " + RecommenderKind.COMPARED_IDS);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < recommenders.size(); i++) {
            String r = recommenders.get(i);
            if (RecommenderKind.IDEAL.id().equals(r)) {
                throw new FieldException("recommenders[" + i + "]", "'ideal' is always run as the reference;"
                        + " list only the recommenders compared with it: " + RecommenderKind.COMPARED_IDS);
            }
            if (!RecommenderKind.COMPARED_IDS.contains(r)) {
                throw new FieldException("recommenders[" + i + "]", "must be one of "
                        + RecommenderKind.COMPARED_IDS + ", got '" + r + "'");
            }
            if (!seen.add(r)) {
                throw new FieldException("recommenders[" + i + "]", "'" + r + "' is listed twice");
            }
        }
        mf = mf == null ? MfConfig.defaults() : mf;
        randomPairs = range("randomPairs", randomPairs, 0, 0, 1_000_000);
        long pairs = (long) users * items(itemsPerStep, modes);
        if (pairs > 100_000_000L) {
            throw new IllegalArgumentException("users x released items must be at most 100000000, got " + pairs);
        }
        if (recommenders.contains(RecommenderKind.SOCIAL.id()) && pairs > 25_000_000L) {
            throw new IllegalArgumentException("social filtering keeps users x items counts: users x released items"
                    + " must be at most 25000000 with it, got " + pairs);
        }
    }

    private static int range(String field, Integer value, int fallback, int min, int max) {
        int v = value == null ? fallback : value;
        if (v < min || v > max) {
            throw new IllegalArgumentException(field + " must be in [" + min + ", " + max + "], got " + v);
        }
        return v;
    }

    private static double positive(String field, Double value, double fallback) {
        double v = value == null ? fallback : value;
        if (!(v > 0 && v <= 1e6)) {
            throw new IllegalArgumentException(field + " must be in (0, 1000000], got " + v);
        }
        return v;
    }

    private static int items(int perStep, List<ModeConfig> modes) {
        int steps = 0;
        for (ModeConfig m : modes) {
            steps = Math.max(steps, m.totalSteps());
        }
        return perStep * steps;
    }

    /** Items released over the longest mode: every simulation draws this many. */
    public int items() {
        return items(itemsPerStep, modes);
    }

    /** The recommenders compared with the ideal one, in config order. */
    public List<RecommenderKind> compared() {
        return recommenders.stream().map(RecommenderKind::of).toList();
    }

    /** What each simulation's world is drawn from ({@link #items()} items). */
    public StudyWorld.Parameters worldParameters() {
        return new StudyWorld.Parameters(users, attributes, items(), userParamsScale, itemParamsScale,
                itemParamsConcentration, knownUtilityMean, utilitySigma);
    }
}
