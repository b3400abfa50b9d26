package org.feedgym.agents.bandit;

import org.feedgym.env.world.Catalog;

/**
 * Items of the contract world's catalog for the user-conditioned bandits' tests: a seed item and
 * the items whose features x (topic one-hot, then embedding) are most and least aligned with it.
 *
 * @param seed     the item the user gave feedback on
 * @param nearest  the other item with the largest x_seed · x_i
 * @param farthest the item with the smallest x_seed · x_i
 */
record UserBanditItems(int seed, int nearest, int farthest) {

    /** The nearest and farthest items to item 0 of {@code catalog}. */
    static UserBanditItems around(Catalog catalog) {
        int seed = 0;
        int nearest = 1;
        int farthest = 1;
        for (int i = 1; i < catalog.size(); i++) {
            if (dot(catalog, seed, i) > dot(catalog, seed, nearest)) {
                nearest = i;
            }
            if (dot(catalog, seed, i) < dot(catalog, seed, farthest)) {
                farthest = i;
            }
        }
        return new UserBanditItems(seed, nearest, farthest);
    }

    /** x_a · x_b: 1 when the topics agree, plus the embeddings' inner product. */
    static double dot(Catalog catalog, int a, int b) {
        float[] x = catalog.embedding(a);
        float[] y = catalog.embedding(b);
        double s = catalog.topic(a) == catalog.topic(b) ? 1 : 0;
        for (int k = 0; k < x.length; k++) {
            s += (double) x[k] * y[k];
        }
        return s;
    }

    /** The ridge prediction after one observation r of x_seed: r·(x_seed·x_i)/(λ + |x_seed|²). */
    static double afterOne(Catalog catalog, int seed, int item, double reward, double lambda) {
        return reward * dot(catalog, seed, item) / (lambda + dot(catalog, seed, seed));
    }
}
