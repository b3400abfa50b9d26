package org.feedgym.agents.recommender;

import org.feedgym.agents.registry.StateChecks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.registry.AgentFiles;
import org.feedgym.env.world.Catalog;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.StepOutcomes;

/**
 * Base of the classic recommenders as feed policies: each ranks the K offered candidates by its
 * score and shows the top one. Ties (for instance a cold-start user with no history, for whom
 * every score is 0) go to the more popular candidate, then to the lower index.
 *
 * <p>The per-user state of the evaluation population comes from {@link #observe}: every shown
 * item and its {@link Signal} enter the user's {@link UserHistories}, and subclasses may keep
 * more in {@link #observed}. A recommender serves one population (agents are created fresh per
 * trial); a population of another size resets that state.
 *
 * <p>Saving ({@link org.feedgym.agents.SavableAgent}) is shared: a recommender's saved state is a
 * record of its model plus {@link #users()}, the evaluation users' state (histories and the
 * subclass's {@link #perUserState()}), and {@link #loadSaved} recreates the agent, lets it restore
 * its model and restores the users. The state that decides an action is thus all saved; the
 * scratch arrays of scoring are not, as every act recomputes them.
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

    /**
     * The live array of numbers the subclass keeps per evaluation user beyond the histories
     * (allocated in {@link #usersChanged}, its length fixed by the number of users), or
     * {@code null} when it keeps none. It is saved with the histories and, on loading, filled back
     * in after {@code usersChanged} has allocated it.
     */
    protected double[] perUserState() {
        return null;
    }

    /**
     * The evaluation users' state as saved with every recommender.
     *
     * @param histories their histories
     * @param perUser   the subclass's {@link #perUserState()} (empty when it keeps none)
     */
    public record Users(UserHistories.State histories, double[] perUser) {
    }

    /** The state record of a saved recommender: what its type adds (its model) and its {@link Users}. */
    protected interface SavedState {

        /** The evaluation users' state. */
        Users users();
    }

    /** A copy of the evaluation users' state, for the agent's saved state. */
    protected final Users users() {
        double[] live = perUserState();
        return new Users(histories.state(), live == null ? new double[0] : live.clone());
    }

    /**
     * Restores the evaluation users' state saved by {@link #users()}: the histories, then (once
     * {@link #usersChanged} has allocated it) the subclass's per-user state.
     *
     * @param itemCount the catalog's item count, which bounds the remembered items, or
     *                  {@code Integer.MAX_VALUE} when unknown
     * @throws IllegalArgumentException naming {@code $.state.users...} when the state is inconsistent
     */
    private void restoreUsers(Users saved, int itemCount) {
        StateChecks.required("users", saved);
        histories.restore("users.histories", saved.histories(), itemCount);
        usersChanged(histories.users());
        double[] live = perUserState();
        double[] values = StateChecks.required("users.perUser", saved.perUser());
        StateChecks.length("users.perUser", values.length, live == null ? 0 : live.length);
        if (live != null) {
            System.arraycopy(values, 0, live, 0, live.length);
        }
    }

    /**
     * Reads a recommender written with {@link AgentFiles#write}: creates a fresh agent from the saved
     * parameters and context (whose catalog is the loading world's), lets it restore its model from
     * the saved state, then restores the evaluation users' state.
     *
     * @param create       the type's constructor
     * @param restoreModel restores what the type adds; throws an {@link IllegalArgumentException}
     *                     naming {@code $.state.<field>} when that is inconsistent
     * @throws IOException as {@link AgentFiles#read} does
     * @throws IllegalArgumentException naming {@code $.state.<field>} when the state is inconsistent
     *                                  ({@link org.feedgym.agents.registry.AgentRegistry#load} reports
     *                                  it as an {@link IOException} naming the file)
     */
    protected static <P, S extends SavedState, A extends RecommenderAgent> A loadSaved(
            Path dir, String type, Class<P> parameters, Class<S> state, AgentContext loading,
            BiFunction<P, AgentContext, A> create, BiConsumer<A, S> restoreModel) throws IOException {
        AgentFiles.Saved<P, S> saved = AgentFiles.read(dir, type, parameters, state, loading);
        A agent = create.apply(saved.parameters(), saved.context());
        restoreModel.accept(agent, saved.state());
        Catalog catalog = saved.context().catalog();
        RecommenderAgent base = agent;
        base.restoreUsers(saved.state().users(), catalog == null ? Integer.MAX_VALUE : catalog.size());
        return agent;
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
        choose(observations, actions, null);
    }

    /** The scores are the recommender's own {@link #score}s. */
    @Override
    public void actWithScores(ObservationBatch observations, int[] actions, double[] scores) {
        choose(observations, actions, scores);
    }

    /**
     * Picks the best-scored candidate of every active user (ties to the more popular); writes the
     * scores when {@code scores} is given.
     */
    private void choose(ObservationBatch observations, int[] actions, double[] scores) {
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
            if (scores != null) {
                scores[u * k] = bestScore;
            }
            for (int c = 1; c < k; c++) {
                double s = score(observations, u, c);
                if (scores != null) {
                    scores[u * k + c] = s;
                }
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
