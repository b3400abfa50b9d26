package org.feedgym.studies.homogenization;

/**
 * A recommender that scores every candidate item for a user and ranks by score, highest first,
 * exact ties broken at random per user and step.
 */
abstract class ScoredRecommender extends Recommender {

    private final long tieBase;

    ScoredRecommender(RecommenderKind kind, long tieBase) {
        super(kind);
        this.tieBase = tieBase;
    }

    /** Writes user {@code u}'s score of every item below {@code limit} into {@code out}. */
    abstract void score(int u, int limit, double[] out, Scratch s);

    @Override
    final void prepare(int u, int limit, int step, Scratch s) {
        score(u, limit, s.scores, s);
    }

    @Override
    final int top(int u, int limit, int step, int m, Scratch s) {
        return s.selection.select(s.scores, limit, m, PairStream.seedOf(tieBase, step, u), s.ranked);
    }
}
