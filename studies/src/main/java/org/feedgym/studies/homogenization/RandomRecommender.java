package org.feedgym.studies.homogenization;

import java.util.random.RandomGenerator;

/**
 * Random recommendation as the T-RECS replication of Chaney et al. (2018) implements it
 * ({@code RandomRecommender}): every user and every item gets a vector of K independent uniform
 * [0, 1) values, redrawn after every step, and items are ranked by the inner product. The user
 * vectors are also the representation used to pair similar users. (Inner products of uniform
 * vectors are not independent across users: an item whose vector happens to be large ranks high
 * for most users in that step. A ranking drawn independently per user would overlap less.)
 */
final class RandomRecommender extends ScoredRecommender {

    private final RandomGenerator rng;
    private final double[] userVectors;
    private final double[] itemVectors;
    private final int k;
    private long version;

    RandomRecommender(StudyWorld world, RandomGenerator rng, long tieBase) {
        super(RecommenderKind.RANDOM, tieBase);
        this.rng = rng;
        this.k = world.attributes();
        this.userVectors = new double[world.users() * k];
        this.itemVectors = new double[world.items() * k];
        redraw(world.items());
    }

    private void redraw(int items) {
        for (int j = 0; j < userVectors.length; j++) {
            userVectors[j] = rng.nextDouble();
        }
        for (int j = 0; j < items * k; j++) {
            itemVectors[j] = rng.nextDouble();
        }
        version++;
    }

    @Override
    void observe(Data data, int step) {
        redraw(data.released());
    }

    @Override
    void score(int u, int limit, double[] out, Scratch s) {
        int o = u * k;
        for (int i = 0; i < limit; i++) {
            out[i] = Vectors.dot(userVectors, o, itemVectors, i * k, k);
        }
    }

    @Override
    int dimension() {
        return k;
    }

    @Override
    double[] representation() {
        return userVectors;
    }

    @Override
    long representationVersion() {
        return version;
    }
}
