package org.feedgym.studies.homogenization;

/**
 * A recommender of the study: ranks the items released before the current batch (consumed ones
 * included: they keep their place in the list, the user just cannot consume them again), learns from the users' choices, and exposes its representation of users (for pairing similar
 * users). Implementations read their state only while users choose (possibly on several threads)
 * and change it only in {@link #onRelease}, {@link #observe} and {@link #train}, which run on one
 * thread between choices.
 */
abstract class Recommender {

    /** The simulation's shared, read-only view for training. */
    interface Data {
        /** Users. */
        int users();

        /** Items released so far. */
        int released();

        /** Steps completed. */
        int stepsDone();

        /** {@code history[t · users + u]}: the item user {@code u} consumed at step {@code t}. */
        int[] history();
    }

    private final RecommenderKind kind;

    Recommender(RecommenderKind kind) {
        this.kind = kind;
    }

    /** Which recommender this is. */
    final RecommenderKind kind() {
        return kind;
    }

    /** Items {@code [0, released)} now exist. */
    void onRelease(int released) {
    }

    /**
     * Prepares user {@code u}'s ranking of the items below {@code limit} at step {@code step}
     * (for example, scores them into {@code s.scores}).
     */
    abstract void prepare(int u, int limit, int step, Scratch s);

    /**
     * Writes the first {@code m} items of user {@code u}'s ranking into {@code s.ranked}. Asking
     * again with a larger {@code m} at the same step must give a list that starts with the same
     * items.
     *
     * @return how many were written: {@code min(m, limit)}
     */
    abstract int top(int u, int limit, int step, int m, Scratch s);

    /** Learns what it tracks as it goes from step {@code step}'s choices. */
    void observe(Data data, int step) {
    }

    /** Trains on everything observed so far. */
    void train(Data data) {
    }

    /** Dimension of the user representation. */
    abstract int dimension();

    /** The user representation, {@code users × dimension()} row-major; read-only. */
    abstract double[] representation();

    /** Changes whenever {@link #representation()} changes. */
    abstract long representationVersion();
}
