package org.feedgym.studies.homogenization;

import java.util.Arrays;
import java.util.List;

/** The recommenders of Chaney et al. (2018), by config id. */
public enum RecommenderKind {
    /** Ranks by true utility; the reference every other recommender is compared with. */
    IDEAL("ideal"),
    /** Non-negative least squares of user vectors on the known item attributes. */
    CONTENT("content"),
    /** Implicit matrix factorisation (ALS) of the interaction matrix. */
    MF("mf"),
    /** Items consumed by the user's neighbours in a preference-covariance network. */
    SOCIAL("social"),
    /** Items consumed most often. */
    POPULARITY("popularity"),
    /** A fresh uniformly random ranking for every user at every step. */
    RANDOM("random");

    /** Ids of every recommender except the ideal one, in the paper's order. */
    public static final List<String> COMPARED_IDS = List.of("content", "mf", "social", "popularity", "random");

    private final String id;

    RecommenderKind(String id) {
        this.id = id;
    }

    /** The config id. */
    public String id() {
        return id;
    }

    /** The recommender with config id {@code id}. */
    public static RecommenderKind of(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown recommender '" + id + "'"));
    }
}
