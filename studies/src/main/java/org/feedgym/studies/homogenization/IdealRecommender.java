package org.feedgym.studies.homogenization;

/**
 * Ranks by true utility (Chaney et al. 2018: the ideal recommender, which knows what the
 * algorithmically confounded ones try to learn). Its user representation is the true preference
 * vector. It learns nothing, so single and repeated training differ for it only in which items
 * it ranks.
 */
final class IdealRecommender extends ScoredRecommender {

    private final StudyWorld world;

    IdealRecommender(StudyWorld world, long tieBase) {
        super(RecommenderKind.IDEAL, tieBase);
        this.world = world;
    }

    @Override
    void score(int u, int limit, double[] out, Scratch s) {
        for (int i = 0; i < limit; i++) {
            out[i] = world.trueUtility(u, i, s.utility);
        }
    }

    @Override
    int dimension() {
        return world.attributes();
    }

    @Override
    double[] representation() {
        return world.preferences();
    }

    @Override
    long representationVersion() {
        return 0;
    }
}
