package org.feedgym.agents.intervention;

import java.util.List;
import java.util.random.RandomGenerator;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.StepOutcomes;

/**
 * What one intervention does to one user's candidates at one step. The wrapping
 * {@link InterventionAgent} hands it the inner agent's choice and scores (normalised to [0, 1]
 * per user) and shows the candidate it returns.
 */
public interface CandidateRule {

    /** The score offset of masked candidates: below every unmasked one, their order kept. */
    double MASKED = 2;

    /** How many of each user's latest shown items the rule reads (0 when it reads none). */
    int window();

    /**
     * Chooses user {@code u}'s candidate.
     *
     * @param observations the current observations
     * @param u            an active user
     * @param innerChoice  the inner agent's choice
     * @param scores       the inner agent's scores of user {@code u}'s K candidates from
     *                     {@code offset}, in [0, 1]; the rule may rewrite them into its own ranking
     *                     (an outer wrapper reads them), keeping the returned candidate's score the
     *                     highest
     * @param recent       the items recently shown to each user
     * @param random       the wrapper's generator (drawn from only by rules that randomise)
     * @return a candidate index in [0, K)
     */
    int choose(ObservationBatch observations, int u, int innerChoice, double[] scores, int offset,
               RecentItems recent, RandomGenerator random);

    /** The population has {@code users} users (called before every step); rules with per-user memory size it. */
    default void startUsers(int users) {
    }

    /** User {@code u}'s episode starts: a rule with per-user memory forgets the user. */
    default void episodeStarts(int u) {
    }

    /**
     * Reads user {@code u}'s outcome of the step just taken (an item was shown to it): rules that
     * learn from the user's signals remember them.
     */
    default void observe(StepOutcomes outcomes, int u) {
    }

    /** The rule's per-user memory for saving, or {@code null} when it keeps none. */
    default List<int[]> memory() {
        return null;
    }

    /**
     * Restores memory saved from {@link #memory()}.
     *
     * @throws IllegalArgumentException naming the field under {@code $.state} when it is inconsistent
     */
    default void restoreMemory(List<int[]> memory) {
    }

    /**
     * The inner choice if no candidate now scores above it, else the first best-scored candidate:
     * the choice of a rule that only rescored.
     */
    static int best(double[] scores, int offset, int k, int innerChoice) {
        int best = innerChoice;
        for (int c = 0; c < k; c++) {
            if (scores[offset + c] > scores[offset + best]) {
                best = c;
            }
        }
        return best;
    }
}
