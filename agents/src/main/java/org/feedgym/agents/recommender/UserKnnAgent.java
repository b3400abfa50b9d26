package org.feedgym.agents.recommender;

import org.feedgym.agents.AgentContext;
import org.feedgym.agents.TrainableAgent;
import org.feedgym.agents.Training;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.env.world.ObservationBatch;

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
 */
public final class UserKnnAgent extends RecommenderAgent implements TrainableAgent {

    /** Registry type. */
    public static final String TYPE = "user-knn";

    private final UserKnnParameters parameters;
    private Ratings ratings;
    private double[] acc = new double[0];
    private int[] touched = new int[0];
    private boolean[] marked = new boolean[0];
    private final int[] neighbours;
    private final double[] neighbourSim;
    private int neighbourCount;

    /**
     * @param parameters validated parameters
     * @param context    the agent's context (unused: the model comes from the log)
     */
    public UserKnnAgent(UserKnnParameters parameters, AgentContext context) {
        super(Signal.of(parameters.signal()), parameters.history());
        this.parameters = parameters;
        this.neighbours = new int[parameters.k()];
        this.neighbourSim = new double[parameters.k()];
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void train(Training training) {
        fit(LogTraining.collect(training, parameters.trainingUsers(), parameters.loggingPolicy(), signal()));
    }

    /** Uses the users of {@code log} as the neighbour pool (replacing any earlier fit). */
    public void fit(InteractionLog log) {
        ratings = Ratings.centred(log);
        acc = new double[ratings.users];
        touched = new int[ratings.users];
        marked = new boolean[ratings.users];
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
        double mean = h.meanSignal(u);
        double norm = 0;
        int m = 0;
        for (int e = 0; e < n; e++) {
            int item = h.item(u, e);
            if (item >= ratings.items) {
                continue;
            }
            double cu = h.signal(u, e) - mean;
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
            if (!(sim > 0)) {
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
