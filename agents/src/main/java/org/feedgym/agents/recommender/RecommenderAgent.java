package org.feedgym.agents.recommender;

import org.feedgym.agents.registry.StateChecks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.ParallelAgent;
import org.feedgym.agents.registry.AgentFiles;
import org.feedgym.env.world.Catalog;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.parallel.UserChunks;

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
 *
 * <p>Acting reads the users' state and never writes it, so a type whose scoring keeps its
 * scratch in a {@link Scorer} of its own ({@link #newScorer}) acts for the users in parallel when
 * given a pool: each chunk of users gets a fresh scorer, and the picks do not depend on the pool.
 * The others score through {@link #beginUser} and {@link #score} on the calling thread.
 */
public abstract class RecommenderAgent implements ParallelAgent {

    /** Scores the candidates of one user at a time, with scratch of its own. */
    protected interface Scorer {
        /** Prepares to score user {@code u}'s candidates. */
        void begin(ObservationBatch observations, int u);

        /** The score of candidate {@code c} of the user last begun; higher is better. */
        double score(ObservationBatch observations, int u, int c);
    }

    private final Signal signal;
    private final UserHistories histories;
    private ForkJoinPool pool;

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

    @Override
    public final void actOn(ForkJoinPool actingPool) {
        this.pool = actingPool;
    }

    /**
     * A scorer with scratch of its own, for one chunk of users on one thread, or {@code null}
     * (the default) when this type scores through {@link #beginUser} and {@link #score}, whose
     * scratch is the agent's, on the calling thread only.
     */
    protected Scorer newScorer() {
        return null;
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
        Scorer first = newScorer();
        if (first == null) {
            // Scratch is the agent's: one thread.
            Scorer own = new Scorer() {
                @Override
                public void begin(ObservationBatch o, int u) {
                    beginUser(o, u);
                }

                @Override
                public double score(ObservationBatch o, int u, int c) {
                    return RecommenderAgent.this.score(o, u, c);
                }
            };
            chooseUsers(own, observations, 0, n, actions, scores);
        } else {
            // Each chunk gets a scorer of its own; the first chunk takes the one made to ask.
            UserChunks.forEach(pool, n, (from, to) -> chooseUsers(from == 0 ? first : newScorer(), observations, from,
                    to, actions, scores));
        }
    }

    /** Picks for the active users among {@code from..to−1} with {@code scorer}. */
    private static void chooseUsers(Scorer scorer, ObservationBatch observations, int from, int to, int[] actions,
                                    double[] scores) {
        int k = observations.candidateCount();
        for (int u = from; u < to; u++) {
            if (!observations.active(u)) {
                continue;
            }
            scorer.begin(observations, u);
            int best = 0;
            double bestScore = scorer.score(observations, u, 0);
            if (scores != null) {
                scores[u * k] = bestScore;
            }
            for (int c = 1; c < k; c++) {
                double s = scorer.score(observations, u, c);
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
