package org.feedgym.studies.homogenization;

/**
 * Content filtering (Chaney et al. 2018; T-RECS replication's {@code ChaneyContent}): each user's
 * vector is the non-negative least-squares fit of the user's cumulative interactions (1 for a
 * consumed item, 0 otherwise, over every released item) on the items' known attributes; an item
 * scores {@code x_u · q_i}. Before the first training every user vector is 0 (all items tie).
 *
 * <p>The fit uses the Gram form: {@code G = Σ_i q_i q_iᵀ} over released items is shared by all
 * users and grows with each release; {@code b_u = Σ_{i consumed} q_i} grows with each choice.
 */
final class ContentRecommender extends ScoredRecommender {

    private final StudyWorld world;
    private final int k;
    private final double[] gram;
    private final double[] sums;
    private final double[] vectors;
    private final Nnls nnls;
    private int releasedSoFar;
    private long version;

    ContentRecommender(StudyWorld world, long tieBase) {
        super(RecommenderKind.CONTENT, tieBase);
        this.world = world;
        this.k = world.attributes();
        this.gram = new double[k * k];
        this.sums = new double[world.users() * k];
        this.vectors = new double[world.users() * k];
        this.nnls = new Nnls(k);
    }

    @Override
    void onRelease(int released) {
        double[] q = world.itemAttributes();
        for (int i = releasedSoFar; i < released; i++) {
            int o = i * k;
            for (int a = 0; a < k; a++) {
                double qa = q[o + a];
                for (int b = 0; b < k; b++) {
                    gram[a * k + b] += qa * q[o + b];
                }
            }
        }
        releasedSoFar = released;
    }

    @Override
    void observe(Data data, int step) {
        double[] q = world.itemAttributes();
        int users = data.users();
        int[] history = data.history();
        for (int u = 0; u < users; u++) {
            int o = history[step * users + u] * k;
            for (int a = 0; a < k; a++) {
                sums[u * k + a] += q[o + a];
            }
        }
    }

    @Override
    void train(Data data) {
        if (data.stepsDone() == 0) {
            return;
        }
        for (int u = 0; u < data.users(); u++) {
            nnls.solve(gram, sums, u * k, vectors, u * k);
        }
        version++;
    }

    @Override
    void score(int u, int limit, double[] out, Scratch s) {
        double[] q = world.itemAttributes();
        int o = u * k;
        for (int i = 0; i < limit; i++) {
            out[i] = Vectors.dot(vectors, o, q, i * k, k);
        }
    }

    @Override
    int dimension() {
        return k;
    }

    @Override
    double[] representation() {
        return vectors;
    }

    @Override
    long representationVersion() {
        return version;
    }
}
