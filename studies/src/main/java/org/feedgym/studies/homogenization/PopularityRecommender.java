package org.feedgym.studies.homogenization;

import java.util.random.RandomGenerator;

/**
 * Popularity (Chaney et al. 2018; T-RECS {@code PopularityRecommender}): every user gets the
 * same ranking, by how often each item was consumed, ties broken at random afresh at each
 * training. Its user representation is the same vector for everyone (T-RECS: all ones), so the
 * "most similar user" is a uniformly random other user.
 */
final class PopularityRecommender extends Recommender {

    private final int[] counts;
    private final int[] order;
    private final double[] sortKey;
    private final double[] ones;
    private final RandomGenerator ties;
    private int orderLength;

    PopularityRecommender(StudyWorld world, RandomGenerator ties) {
        super(RecommenderKind.POPULARITY);
        counts = new int[world.items()];
        order = new int[world.items()];
        sortKey = new double[world.items()];
        ones = new double[world.users()];
        java.util.Arrays.fill(ones, 1.0);
        this.ties = ties;
    }

    @Override
    void observe(Data data, int step) {
        int users = data.users();
        int[] history = data.history();
        for (int u = 0; u < users; u++) {
            counts[history[step * users + u]]++;
        }
    }

    @Override
    void train(Data data) {
        int n = data.released();
        for (int i = 0; i < n; i++) {
            order[i] = i;
            // Counts are integers: a random fraction below 1 only orders equal counts.
            sortKey[i] = counts[i] + 0.5 * ties.nextDouble();
        }
        TopSelection.sortDescending(order, n, sortKey);
        orderLength = n;
    }

    @Override
    void prepare(int u, int limit, int step, Scratch s) {
        if (limit != orderLength) {
            throw new IllegalStateException("ranking asked for " + limit + " items, trained on " + orderLength);
        }
    }

    @Override
    int top(int u, int limit, int step, int m, Scratch s) {
        int n = Math.min(m, limit);
        System.arraycopy(order, 0, s.ranked, 0, n);
        return n;
    }

    @Override
    int dimension() {
        return 1;
    }

    @Override
    double[] representation() {
        return ones;
    }

    @Override
    long representationVersion() {
        return 0;
    }
}
