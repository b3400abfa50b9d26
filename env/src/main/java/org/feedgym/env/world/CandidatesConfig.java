package org.feedgym.env.world;

import org.feedgym.env.params.ParameterChecks;

/**
 * The candidate-generator section of a world config. Each step offers {@code k} distinct items
 * the user has not watched recently: neighbours of recently watched items (from a precomputed
 * item–item cosine table), popular items, and uniformly random items for exploration.
 *
 * @param k              candidates per step (the action space is Discrete(k)), in [2, 500];
 *                       default 10
 * @param neighbourShare share of the k slots for neighbours of recent items, in [0, 1];
 *                       default 0.5
 * @param popularShare   share for popular items, in [0, 1 − neighbourShare]; default 0.2; the
 *                       rest are random
 * @param neighbours     neighbours kept per item in the neighbour table, in [1, 200]; default 20
 * @param popularPool    popular items are drawn from the top this-many by views, in [1, items];
 *                       default 100
 * @param exactNeighboursUpTo catalogs of at most this many items get the exact neighbour table;
 *                       larger ones an approximate inverted-file index ({@link NeighbourIndex}), whose rows
 *                       may differ from the exact ones; in [0, 2,000,000]; default 50,000, above
 *                       every shipped catalog, so shipped results keep the exact table
 * @param type           the candidate generator's registry id; one is registered,
 *                       {@value #NEIGHBOUR_MIX} (this mix); default {@value #NEIGHBOUR_MIX}
 */
public record CandidatesConfig(Integer k, Double neighbourShare, Double popularShare, Integer neighbours,
                               Integer popularPool, Integer exactNeighboursUpTo, String type) {

    /** Registry id of the neighbour / popular / random mix. */
    public static final String NEIGHBOUR_MIX = "neighbour-mix";

    /** The registered candidate generator types. */
    public static final java.util.List<String> TYPES = java.util.List.of(NEIGHBOUR_MIX);

    /** A config of the default generator type. */
    public CandidatesConfig(Integer k, Double neighbourShare, Double popularShare, Integer neighbours,
                            Integer popularPool, Integer exactNeighboursUpTo) {
        this(k, neighbourShare, popularShare, neighbours, popularPool, exactNeighboursUpTo, null);
    }

    /** Default size above which the neighbour table is approximate. */
    public static final int EXACT_NEIGHBOURS_UP_TO = 50_000;
    /** The smallest K, candidates per step. */
    public static final int MIN_K = 2;
    /** The largest K. */
    public static final int MAX_K = 500;

    /** A config with the default approximate-index threshold. */
    public CandidatesConfig(Integer k, Double neighbourShare, Double popularShare, Integer neighbours,
                            Integer popularPool) {
        this(k, neighbourShare, popularShare, neighbours, popularPool, null, null);
    }

    public CandidatesConfig {
        type = type == null ? NEIGHBOUR_MIX : type;
        if (!TYPES.contains(type)) {
            throw new org.feedgym.env.params.FieldException("type", "unknown candidates type '" + type
                    + "'; known types: " + TYPES);
        }
        k = ParameterChecks.intIn("k", k, 10, MIN_K, MAX_K);
        neighbourShare = ParameterChecks.doubleIn("neighbourShare", neighbourShare, 0.5, 0, 1);
        popularShare = ParameterChecks.doubleIn("popularShare", popularShare, 0.2, 0, 1 - neighbourShare);
        neighbours = ParameterChecks.intIn("neighbours", neighbours, 20, 1, 200);
        popularPool = ParameterChecks.intIn("popularPool", popularPool, 100, 1, 2_000_000);
        exactNeighboursUpTo = ParameterChecks.intIn("exactNeighboursUpTo", exactNeighboursUpTo, EXACT_NEIGHBOURS_UP_TO, 0,
                2_000_000);
    }
}
