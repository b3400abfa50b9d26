package org.feedgym.studies.homogenization;

/**
 * Social filtering (Chaney et al. 2018; T-RECS {@code SocialFiltering}): an item scores the
 * number of times the user's neighbours in the {@link SocialNetwork} consumed it. The user
 * representation is the user's row of the adjacency matrix. Counts are kept live and copied to
 * the ranking at each training.
 */
final class SocialRecommender extends ScoredRecommender {

    private final int users;
    private final int items;
    private final int[] neighbourStart;
    private final int[] neighbours;
    private final double[] adjacency;
    private final int[] live;
    private final int[] trained;

    SocialRecommender(StudyWorld world, long tieBase) {
        super(RecommenderKind.SOCIAL, tieBase);
        this.users = world.users();
        this.items = world.items();
        SocialNetwork net = SocialNetwork.of(world.preferences(), users, world.attributes());
        adjacency = new double[users * users];
        neighbourStart = new int[users + 1];
        int links = 0;
        for (int u = 0; u < users; u++) {
            for (int v = 0; v < users; v++) {
                if (net.linked(u, v)) {
                    adjacency[u * users + v] = 1;
                    links++;
                }
            }
        }
        neighbours = new int[links];
        int next = 0;
        for (int u = 0; u < users; u++) {
            neighbourStart[u] = next;
            for (int v = 0; v < users; v++) {
                if (net.linked(u, v)) {
                    neighbours[next++] = v;
                }
            }
        }
        neighbourStart[users] = next;
        live = new int[users * items];
        trained = new int[users * items];
    }

    @Override
    void observe(Data data, int step) {
        int[] history = data.history();
        for (int v = 0; v < users; v++) {
            int i = history[step * users + v];
            // The network is symmetric: v's neighbours are the users who count v's choices.
            for (int e = neighbourStart[v]; e < neighbourStart[v + 1]; e++) {
                live[neighbours[e] * items + i]++;
            }
        }
    }

    @Override
    void train(Data data) {
        System.arraycopy(live, 0, trained, 0, live.length);
    }

    @Override
    void score(int u, int limit, double[] out, Scratch s) {
        int o = u * items;
        for (int i = 0; i < limit; i++) {
            out[i] = trained[o + i];
        }
    }

    @Override
    int dimension() {
        return users;
    }

    @Override
    double[] representation() {
        return adjacency;
    }

    @Override
    long representationVersion() {
        return 0;
    }
}
