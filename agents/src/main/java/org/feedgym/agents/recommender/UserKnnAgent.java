package org.feedgym.agents.recommender;

import java.io.IOException;
import java.nio.file.Path;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.OfflineScorer;
import org.feedgym.agents.SavableAgent;
import org.feedgym.agents.TrainableAgent;
import org.feedgym.agents.Training;
import org.feedgym.agents.registry.AgentFiles;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.env.ObservationBatch;

/**
 * User-based k-nearest-neighbour collaborative filtering (Resnick et al. 1994, GroupLens;
 * Herlocker et al. 1999). The neighbours are the users of a log (the evaluation users are new):
 * an evaluation user's vector is its recent items with mean-centred signals, its similarity to a
 * logged user is the cosine of the two centred vectors, and the {@code k} most similar logged
 * users (similarity &gt; 0) predict candidate i as
 * <pre>{@code
 *   Σ_{v ∈ N(u), v met i} sim(u, v) · (r_vi − r̄_v)  /  Σ_{v ∈ N(u), v met i} sim(u, v)
 * }</pre>
 * (0 when no neighbour met i). Neighbours are recomputed for each user at each step through an
 * item → users index, in arrays allocated at fit time. A remembered item seen twice counts twice.
 *
 * <p>Offline ({@link OfflineScorer}) the user's vector is its last {@code history} training rows,
 * the user is left out of its own neighbours (it is in the log), and item i scores the predicted
 * signal r̄_u + the weighted mean above (r̄_u when no neighbour met i), so it also serves for
 * MSE and RMSE.
 *
 * <p>A saved one holds the logged users' centred rating vectors and the evaluation users'
 * histories; the neighbours are recomputed from them at every step, as always.
 */
public final class UserKnnAgent extends RecommenderAgent implements TrainableAgent, SavableAgent, OfflineScorer {

    /** Registry type. */
    public static final String TYPE = "user-knn";

    private final UserKnnParameters parameters;
    private final AgentContext context;
    private Ratings ratings;
    private double[] acc = new double[0];
    private int[] touched = new int[0];
    private boolean[] marked = new boolean[0];
    private final int[] neighbours;
    private final double[] neighbourSim;
    private int neighbourCount;
    private final int[] historyItem;
    private final float[] historySignal;
    private InteractionLog train;
    private double[] itemNum = new double[0];
    private double[] itemDen = new double[0];

    /**
     * @param parameters validated parameters
     * @param context    the agent's context (kept for saving: the model comes from the log)
     */
    public UserKnnAgent(UserKnnParameters parameters, AgentContext context) {
        super(Signal.of(parameters.signal()), parameters.history());
        this.parameters = parameters;
        this.context = context;
        this.neighbours = new int[parameters.k()];
        this.neighbourSim = new double[parameters.k()];
        this.historyItem = new int[parameters.history()];
        this.historySignal = new float[parameters.history()];
    }

    /**
     * The saved state: the logged users' vectors ({@code null} before {@link #fit}) and the
     * evaluation users' state.
     */
    record State(Ratings.State ratings, Users users) implements SavedState {
    }

    @Override
    public void save(Path dir) throws IOException {
        AgentFiles.write(dir, TYPE, parameters, context, new State(ratings == null ? null : ratings.state(), users()));
    }

    /** Reads an agent written by {@link #save}. */
    public static UserKnnAgent load(Path dir, AgentContext loading) throws IOException {
        return loadSaved(dir, TYPE, UserKnnParameters.class, State.class, loading, UserKnnAgent::new,
                (agent, state) -> {
                    if (state.ratings() != null) {
                        agent.use(Ratings.restore("ratings", state.ratings()));
                    }
                });
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void train(Training training) {
        fit(LogTraining.collect(training, parameters.trainingUsers(), parameters.loggingPolicy(), signal()));
    }

    /**
     * Uses the users of {@code log} as the neighbour pool (replacing any earlier fit); offline,
     * {@code log} is also the histories.
     */
    @Override
    public void fit(InteractionLog log) {
        use(Ratings.centred(log));
        train = log;
        itemNum = new double[log.itemCount()];
        itemDen = new double[log.itemCount()];
    }

    /** Takes {@code r}'s users as the neighbour pool, with the scratch arrays of a neighbour search over them. */
    private void use(Ratings r) {
        ratings = r;
        acc = new double[r.users];
        touched = new int[r.users];
        marked = new boolean[r.users];
    }

    /** The logged users nearest to user {@code u} at the last {@code act}, best first (for tests). */
    int[] lastNeighbours() {
        return java.util.Arrays.copyOf(neighbours, neighbourCount);
    }

    @Override
    protected void beginUser(ObservationBatch observations, int u) {
        neighbourCount = 0;
        if (ratings == null) {
            return;
        }
        UserHistories h = histories();
        int n = h.size(u);
        for (int e = 0; e < n; e++) {
            historyItem[e] = h.item(u, e);
            historySignal[e] = h.signal(u, e);
        }
        findNeighbours(n, h.meanSignal(u), -1);
    }

    /**
     * Fills the top-k neighbours from the first {@code n} entries of the history scratch arrays,
     * centred by {@code mean}, leaving logged user {@code exclude} out (−1: nobody).
     */
    private void findNeighbours(int n, double mean, int exclude) {
        neighbourCount = 0;
        double norm = 0;
        int m = 0;
        for (int e = 0; e < n; e++) {
            int item = historyItem[e];
            if (item >= ratings.items) {
                continue;
            }
            double cu = historySignal[e] - mean;
            norm += cu * cu;
            if (cu == 0) {
                continue;
            }
            for (int p = ratings.itemStart[item]; p < ratings.itemStart[item + 1]; p++) {
                int v = ratings.itemUser[p];
                if (!marked[v]) {
                    marked[v] = true;
                    touched[m++] = v;
                }
                acc[v] += cu * ratings.itemValue[p];
            }
        }
        norm = Math.sqrt(norm);
        int k = neighbours.length;
        for (int t = 0; t < m; t++) {
            int v = touched[t];
            double nv = ratings.userNorm[v];
            double sim = norm > 0 && nv > 0 ? acc[v] / (norm * nv) : 0;
            acc[v] = 0;
            marked[v] = false;
            if (!(sim > 0) || v == exclude) {
                continue;
            }
            // Insert into the sorted top-k (descending similarity, ties to the lower user index).
            int pos = neighbourCount;
            while (pos > 0 && (neighbourSim[pos - 1] < sim
                    || neighbourSim[pos - 1] == sim && neighbours[pos - 1] > v)) {
                pos--;
            }
            if (pos >= k) {
                continue;
            }
            int last = Math.min(neighbourCount, k - 1);
            for (int s = last; s > pos; s--) {
                neighbours[s] = neighbours[s - 1];
                neighbourSim[s] = neighbourSim[s - 1];
            }
            neighbours[pos] = v;
            neighbourSim[pos] = sim;
            if (neighbourCount < k) {
                neighbourCount++;
            }
        }
    }

    @Override
    public boolean predictsSignal() {
        return true;
    }

    @Override
    public void scoreItems(int user, double[] scores) {
        InteractionLog train = OfflineSupport.fitted(this.train, TYPE);
        int from = OfflineSupport.windowStart(train, user, parameters.history());
        int n = train.userEnd(user) - from;
        double mean = 0;
        // Most recent first, as the online history lists them.
        for (int e = 0; e < n; e++) {
            int r = train.userEnd(user) - 1 - e;
            historyItem[e] = train.item(r);
            historySignal[e] = train.signal(r);
            mean += historySignal[e];
        }
        mean = n > 0 ? mean / n : 0;
        findNeighbours(n, mean, user);
        java.util.Arrays.fill(itemNum, 0);
        java.util.Arrays.fill(itemDen, 0);
        for (int q = 0; q < neighbourCount; q++) {
            int v = neighbours[q];
            for (int p = ratings.userStart[v]; p < ratings.userStart[v + 1]; p++) {
                itemNum[ratings.userItem[p]] += neighbourSim[q] * ratings.userValue[p];
                itemDen[ratings.userItem[p]] += neighbourSim[q];
            }
        }
        for (int i = 0; i < scores.length; i++) {
            scores[i] = mean + (itemDen[i] > 0 ? itemNum[i] / itemDen[i] : 0);
        }
    }

    @Override
    protected double score(ObservationBatch observations, int u, int c) {
        int i = observations.candidate(u, c);
        double num = 0;
        double den = 0;
        for (int n = 0; n < neighbourCount; n++) {
            float r = ratings.value(neighbours[n], i);
            if (!Float.isNaN(r)) {
                num += neighbourSim[n] * r;
                den += neighbourSim[n];
            }
        }
        return den > 0 ? num / den : 0;
    }
}
