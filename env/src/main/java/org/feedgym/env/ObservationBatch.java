package org.feedgym.env;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * What agents see of N users at once: for each user a fixed-size feature vector and the K
 * candidate item indices its actions refer to. This is a live view owned by a
 * vector environment: it changes on every step and must not be modified.
 *
 * <p>Vector layout of user {@code u} ({@link #dimension()} floats from {@code u·dimension()}):
 * <ol>
 *   <li>{@link #userFeatureCount()} user features: the history embedding (an exponential moving
 *       average of watched items' embeddings weighted by watch fraction, d floats; zero before the
 *       first item), minutes into the session / 60, steps into the session / 100, and sessions so
 *       far / 10;</li>
 *   <li>then for each candidate {@code c} in 0..K−1, {@link #CANDIDATE_FEATURES} features:
 *       cosine to the history embedding (0 when there is none), popularity in [0, 1], like rate
 *       in [0, 1], duration in minutes, harm score in [0, 1] (the platform's harm classifier),
 *       the share of the user's recent history in the candidate's topic, and how recently the
 *       user marked the candidate's topic "not interested": {@code exp(−a / 20)} where {@code a}
 *       is the number of items shown since the last mark (1 right after it), 0 if the topic was
 *       never marked in this episode.</li>
 * </ol>
 *
 * <p>An environment may leave a user's candidate features to be written when they are first read
 * (the reads below do that), computed from the user's state as it was when they were left: a
 * policy that never reads them (random, oracle) then never pays for them, and the features
 * that depend on the item alone are read from the item ({@link #isItemFeature}).
 * Every read returns the same values as if they had been written with the step.
 */
public final class ObservationBatch {

    /** Number of features per candidate. */
    public static final int CANDIDATE_FEATURES = 7;
    /** Index of the history-cosine feature within a candidate's features. */
    public static final int F_HISTORY_COSINE = 0;
    /** Index of the popularity feature. */
    public static final int F_POPULARITY = 1;
    /** Index of the like-rate feature. */
    public static final int F_LIKE_RATE = 2;
    /** Index of the duration-in-minutes feature. */
    public static final int F_DURATION_MINUTES = 3;
    /** Index of the harm-score feature. */
    public static final int F_HARM = 4;
    /** Index of the recent-topic-share feature. */
    public static final int F_TOPIC_SHARE = 5;
    /** Index of the "not interested" recency of the candidate's topic, in [0, 1]. */
    public static final int F_NOT_INTERESTED = 6;
    /** Items over which the {@link #F_NOT_INTERESTED} feature decays by a factor e. */
    public static final double NOT_INTERESTED_MEMORY_ITEMS = 20;

    private final int users;
    private final int k;
    private final int userFeatures;
    private final int dimension;
    private final float[] features;
    private final int[] candidates;
    private final boolean[] done;
    /** Per user: 1 while its candidate features are still to be written; null when never deferred. */
    private final byte[] candidatesPending;
    private final CandidateWriter writer;

    private static final VarHandle PENDING = MethodHandles.arrayElementVarHandle(byte[].class);

    /**
     * Writes the candidate features an environment left for their first read.
     */
    public interface CandidateWriter {
        /** Writes user {@code u}'s candidate features into the batch's feature matrix. */
        void write(int u);

        /** Runs {@code body} once for every user, on the environment's threads where it has some. */
        void forEachUser(java.util.function.IntConsumer body);

        /**
         * Feature {@code f} of a candidate that is catalog item {@code item}, for the features
         * that depend on the item alone ({@link #isItemFeature}): the value {@link #write}
         * writes for it.
         */
        float itemFeature(int item, int f);
    }

    /**
     * Whether candidate feature {@code f} depends on the item alone (popularity, like rate,
     * duration, harm), not on the user: such a feature of a user whose candidate features are
     * still to be written is read from the item without writing them, so that a policy reading
     * only these (popularity) does not pay for the K cosines.
     */
    public static boolean isItemFeature(int f) {
        return f >= F_POPULARITY && f <= F_HARM;
    }

    /**
     * A batch over arrays the environment owns and updates in place, with every feature written.
     *
     * @param features   N × dimension features, row-major
     * @param candidates N × K candidate item indices
     * @param done       per user: true once the episode has ended
     */
    public ObservationBatch(int users, int k, int userFeatures, float[] features, int[] candidates, boolean[] done) {
        this(users, k, userFeatures, features, candidates, done, null, null);
    }

    /**
     * A batch whose candidate features the environment may leave unwritten: where
     * {@code candidatesPending[u]} is 1, the first read of user {@code u}'s candidate features
     * calls {@code writer.write(u)}, then sets the flag to 0; the first read of the whole matrix
     * does so for every such user through {@code writer.forEachUser}. The environment sets flags
     * to 1 only within its own calls (step, reset, ending a session), never while the batch is
     * read.
     *
     * @param candidatesPending per user: 1 while its candidate features are still to be written
     * @param writer            writes them
     */
    public ObservationBatch(int users, int k, int userFeatures, float[] features, int[] candidates, boolean[] done,
                            byte[] candidatesPending, CandidateWriter writer) {
        if ((candidatesPending == null) != (writer == null)
                || candidatesPending != null && candidatesPending.length != users) {
            throw new IllegalArgumentException("candidatesPending (one flag per user) and writer come together");
        }
        this.users = users;
        this.k = k;
        this.userFeatures = userFeatures;
        this.dimension = userFeatures + k * CANDIDATE_FEATURES;
        this.features = features;
        this.candidates = candidates;
        this.done = done;
        this.candidatesPending = candidatesPending;
        this.writer = writer;
    }

    /** Number of users N. */
    public int users() {
        return users;
    }

    /** Candidates per user K (the action space is Discrete(K)). */
    public int candidateCount() {
        return k;
    }

    /** Length of one user's feature vector. */
    public int dimension() {
        return dimension;
    }

    /** Number of user features at the start of each vector. */
    public int userFeatureCount() {
        return userFeatures;
    }

    /** True while user {@code u}'s episode goes on; actions for other users are ignored. */
    public boolean active(int u) {
        return !done[u];
    }

    /** Feature {@code j} of user {@code u}'s vector. */
    public float feature(int u, int j) {
        if (j >= userFeatures) {
            writePending(u);
        }
        return features[u * dimension + j];
    }

    /** Feature {@code f} of candidate {@code c} of user {@code u}. */
    public float candidateFeature(int u, int c, int f) {
        if (isItemFeature(f) && pending(u)) {
            return writer.itemFeature(candidates[u * k + c], f);
        }
        writePending(u);
        return features[u * dimension + userFeatures + c * CANDIDATE_FEATURES + f];
    }

    /** The catalog index of candidate {@code c} of user {@code u}. */
    public int candidate(int u, int c) {
        return candidates[u * k + c];
    }

    /** Copies user {@code u}'s vector into {@code out} at {@code offset}. */
    public void copyVector(int u, float[] out, int offset) {
        writePending(u);
        System.arraycopy(features, u * dimension, out, offset, dimension);
    }

    /**
     * The feature matrix (N × dimension, row-major) with every user's features written. Read only.
     * The array is the environment's own: call this again after each step or reset rather than
     * keeping it, since later candidate features may be left for their first read.
     */
    public float[] features() {
        if (anyPending()) {
            writer.forEachUser(this::writePending);
        }
        return features;
    }

    private boolean anyPending() {
        if (candidatesPending != null) {
            for (byte pending : candidatesPending) {
                if (pending != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether user {@code u}'s candidate features are still to be written. */
    private boolean pending(int u) {
        return candidatesPending != null && (byte) PENDING.getAcquire(candidatesPending, u) != 0;
    }

    /**
     * Writes user {@code u}'s candidate features if the environment left them for now. Two threads
     * reading the same user may both write them: the same values, from the same state.
     */
    private void writePending(int u) {
        if (pending(u)) {
            writer.write(u);
            PENDING.setRelease(candidatesPending, u, (byte) 0);
        }
    }
}
