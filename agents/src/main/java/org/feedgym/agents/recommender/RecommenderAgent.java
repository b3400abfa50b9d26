package org.feedgym.agents.recommender;

import java.util.Objects;
import org.feedgym.agents.Agent;
import org.feedgym.env.world.ObservationBatch;
import org.feedgym.env.world.StepOutcomes;

/**
 * Base of the classic recommenders as feed policies: each ranks the K offered candidates by its
 * score and shows the top one. Ties (for instance a cold-start user with no history, for whom
 * every score is 0) go to the more popular candidate, then to the lower index.
 *
 * <p>The per-user state of the evaluation population comes from {@link #observe}: every shown
 * item and its {@link Signal} enter the user's {@link UserHistories}, and subclasses may keep
 * more in {@link #observed}. A recommender serves one population (agents are created fresh per
 * trial); a population of another size resets that state.
 */
public abstract class RecommenderAgent implements Agent {

    private final Signal signal;
    private final UserHistories histories;

    /**
     * @param signal           what counts as the user's rating of a shown item
     * @param historyCapacity  items remembered per evaluation user, &ge; 0
     */
    protected RecommenderAgent(Signal signal, int historyCapacity) {
        this.signal = Objects.requireNonNull(signal, "signal");
        this.histories = new UserHistories(historyCapacity);
    }

    /** The evaluation users' recent items and signals. */
    protected final UserHistories histories() {
        return histories;
    }

    /** The signal treated as a rating. */
    public final Signal signal() {
        return signal;
    }

    /** Called when the population size changes (first act): allocate per-user state here. */
    protected void usersChanged(int users) {
    }

    /** Called once per active user before its candidates are scored. */
    protected void beginUser(ObservationBatch observations, int u) {
    }

    /** The score of candidate {@code c} of user {@code u}; higher is better. */
    protected abstract double score(ObservationBatch observations, int u, int c);

    /** Called for every user shown an item, after it entered the history. */
    protected void observed(int u, int item, double value) {
    }

    @Override
    public void act(ObservationBatch observations, int[] actions) {
        int n = observations.users();
        if (histories.users() != n) {
            histories.reset(n);
            usersChanged(n);
        }
        int k = observations.candidateCount();
        for (int u = 0; u < n; u++) {
            if (!observations.active(u)) {
                continue;
            }
            beginUser(observations, u);
            int best = 0;
            double bestScore = score(observations, u, 0);
            for (int c = 1; c < k; c++) {
                double s = score(observations, u, c);
                if (s > bestScore || s == bestScore
                        && observations.candidateFeature(u, c, ObservationBatch.F_POPULARITY)
                        > observations.candidateFeature(u, best, ObservationBatch.F_POPULARITY)) {
                    bestScore = s;
                    best = c;
                }
            }
            actions[u] = best;
        }
    }

    @Override
    public void observe(StepOutcomes outcomes) {
        int n = histories.users();
        for (int u = 0; u < n; u++) {
            int item = outcomes.shownItem(u);
            if (item >= 0) {
                double v = signal.of(outcomes, u);
                histories.add(u, item, v);
                observed(u, item, v);
            }
        }
    }
}
