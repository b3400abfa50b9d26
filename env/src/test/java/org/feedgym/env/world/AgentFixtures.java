package org.feedgym.env.world;

import org.feedgym.env.StepOutcomes;
import org.feedgym.env.ObservationBatch;
/**
 * Hand-made {@link ObservationBatch}es and {@link StepOutcomes} for agent tests in other modules,
 * which cannot call their package-private constructors. Travels in env's test-jar.
 */
public final class AgentFixtures {

    private AgentFixtures() {
    }

    /** A mutable batch under construction; {@link #view()} is a live view of it. */
    public static final class Batch {
        private final int k;
        private final int userFeatures;
        private final int dimension;
        private final float[] features;
        private final int[] candidates;
        private final boolean[] done;
        private final ObservationBatch view;

        /**
         * @param users        N
         * @param k            candidates per user
         * @param userFeatures user features at the start of each vector
         */
        public Batch(int users, int k, int userFeatures) {
            this.k = k;
            this.userFeatures = userFeatures;
            this.dimension = userFeatures + k * ObservationBatch.CANDIDATE_FEATURES;
            this.features = new float[users * dimension];
            this.candidates = new int[users * k];
            this.done = new boolean[users];
            this.view = new ObservationBatch(users, k, userFeatures, features, candidates, done);
        }

        /** Sets candidate c of user u to catalog item {@code item}. */
        public Batch candidate(int u, int c, int item) {
            candidates[u * k + c] = item;
            return this;
        }

        /** Sets user u's candidates to {@code items} (K of them). */
        public Batch candidates(int u, int... items) {
            if (items.length != k) {
                throw new IllegalArgumentException("need " + k + " items, got " + items.length);
            }
            System.arraycopy(items, 0, candidates, u * k, k);
            return this;
        }

        /** Sets feature f of candidate c of user u. */
        public Batch feature(int u, int c, int f, float value) {
            features[u * dimension + userFeatures + c * ObservationBatch.CANDIDATE_FEATURES + f] = value;
            return this;
        }

        /** Sets user feature j of user u. */
        public Batch userFeature(int u, int j, float value) {
            features[u * dimension + j] = value;
            return this;
        }

        /** Marks user u's episode as ended (or not). */
        public Batch done(int u, boolean ended) {
            done[u] = ended;
            return this;
        }

        /** The live view agents read. */
        public ObservationBatch view() {
            return view;
        }
    }

    /** Outcomes of N users where nobody was shown anything (every shownItem is −1). */
    public static StepOutcomes outcomes(int users) {
        StepOutcomes o = new StepOutcomes(users, null);
        for (int u = 0; u < users; u++) {
            o.clear(u);
        }
        return o;
    }

    /** Records that user u was shown {@code item} with the given response and reward. */
    public static void shown(StepOutcomes o, int u, int item, double watchFraction, boolean liked, double reward) {
        o.recordResponse(u, item, 0, watchFraction, 0, liked, false, false, false, reward);
    }

    /** Clears user u (as if its episode had ended before the step). */
    public static void notShown(StepOutcomes o, int u) {
        o.clear(u);
    }
}
