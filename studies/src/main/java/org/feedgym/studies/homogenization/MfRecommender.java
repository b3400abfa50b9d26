package org.feedgym.studies.homogenization;

import java.util.random.RandomGenerator;

/**
 * Implicit matrix factorisation (Chaney et al. 2018; T-RECS {@code ImplicitMF}): scores
 * {@code x_u · y_i} from an {@link ImplicitAls} fit of the interaction matrix. Before the first
 * training the user representation is random N(0, 1), as in T-RECS, and every item scores 0.
 */
final class MfRecommender extends ScoredRecommender {

    private final ImplicitAls als;
    private final double[] initialUsers;
    private final int f;
    private boolean fitted;
    private long version;

    MfRecommender(StudyWorld world, int maxSteps, MfConfig config, RandomGenerator rng, long tieBase) {
        super(RecommenderKind.MF, tieBase);
        this.f = config.factors();
        this.initialUsers = new double[world.users() * f];
        for (int j = 0; j < initialUsers.length; j++) {
            initialUsers[j] = rng.nextGaussian();
        }
        this.als = new ImplicitAls(world.users(), world.items(), maxSteps, config, rng);
    }

    @Override
    void train(Data data) {
        if (data.stepsDone() == 0) {
            return;
        }
        als.fit(data.history(), data.stepsDone(), data.released());
        fitted = true;
        version++;
    }

    @Override
    void score(int u, int limit, double[] out, Scratch s) {
        if (!fitted) {
            java.util.Arrays.fill(out, 0, limit, 0.0);
            return;
        }
        double[] x = als.userFactors();
        double[] y = als.itemFactors();
        int o = u * f;
        for (int i = 0; i < limit; i++) {
            out[i] = Vectors.dot(x, o, y, i * f, f);
        }
    }

    @Override
    int dimension() {
        return f;
    }

    @Override
    double[] representation() {
        return fitted ? als.userFactors() : initialUsers;
    }

    @Override
    long representationVersion() {
        return version;
    }
}
