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
 * Item-based k-nearest-neighbour collaborative filtering (Sarwar, Karypis, Konstan &amp; Riedl
 * 2001, "Item-based collaborative filtering recommendation algorithms", WWW). From a log: the
 * adjusted cosine between item columns of the user-mean-centred rating matrix, keeping the
 * {@code k} most similar items (similarity &gt; 0) per item. For an evaluation user with recent
 * items H and their centred signals, candidate i scores
 * <pre>{@code
 *   Σ_{j ∈ H ∩ N(i)} sim(i, j) · (r_uj − r̄_u)  /  Σ_{j ∈ H ∩ N(i)} |sim(i, j)|
 * }</pre>
 * (0 when no recent item is a neighbour of i; r̄_u is added to every score alike and left out).
 * {@link #train} logs a logging policy on training users and fits; {@link #fit} takes any log.
 *
 * <p>Offline ({@link OfflineScorer}) H is the user's last {@code history} training rows and the
 * score is the predicted signal r̄_u + the weighted mean above (r̄_u, the mean signal over H,
 * when no item of H is a neighbour of i), so it also serves for MSE and RMSE.
 *
 * <p>A saved one holds the similarity table and the evaluation users' histories.
 */
public final class ItemKnnAgent extends RecommenderAgent implements TrainableAgent, SavableAgent, OfflineScorer {

    /** Registry type. */
    public static final String TYPE = "item-knn";

    private final ItemKnnParameters parameters;
    private final AgentContext context;
    private ItemNeighbours table = ItemNeighbours.empty(0);
    private double userMean;
    private InteractionLog train;
    private double[] deviationSum = new double[0];
    private int[] entries = new int[0];

    /**
     * @param parameters validated parameters
     * @param context    the agent's context (kept for saving: the model comes from the log)
     */
    public ItemKnnAgent(ItemKnnParameters parameters, AgentContext context) {
        super(Signal.of(parameters.signal()), parameters.history());
        this.parameters = parameters;
        this.context = context;
    }

    /** The saved state: the similarity table and the evaluation users' state. */
    record State(ItemNeighbours.State similarities, Users users) implements SavedState {
    }

    @Override
    public void save(Path dir) throws IOException {
        AgentFiles.write(dir, TYPE, parameters, context, new State(table.state(), users()));
    }

    /** Reads an agent written by {@link #save}. */
    public static ItemKnnAgent load(Path dir, AgentContext loading) throws IOException {
        return loadSaved(dir, TYPE, ItemKnnParameters.class, State.class, loading, ItemKnnAgent::new,
                (agent, state) -> agent.table = ItemNeighbours.restore("similarities", state.similarities()));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void train(Training training) {
        fit(LogTraining.collect(training, parameters.trainingUsers(), parameters.loggingPolicy(), signal()));
    }

    /** Fits the item–item similarities to {@code log} (replacing any earlier fit); offline, {@code log} is also the histories. */
    @Override
    public void fit(InteractionLog log) {
        table = similarities(log, parameters.k());
        train = log;
        deviationSum = new double[log.itemCount()];
        entries = new int[log.itemCount()];
    }

    @Override
    public boolean predictsSignal() {
        return true;
    }

    @Override
    public void scoreItems(int user, double[] scores) {
        InteractionLog train = OfflineSupport.fitted(this.train, TYPE);
        int from = OfflineSupport.windowStart(train, user, parameters.history());
        int to = train.userEnd(user);
        double mean = 0;
        for (int r = from; r < to; r++) {
            mean += train.signal(r);
        }
        mean = to > from ? mean / (to - from) : 0;
        // Per item of H: the sum of its entries' centred signals and their number (an item met twice counts twice,
        // as online).
        for (int r = from; r < to; r++) {
            deviationSum[train.item(r)] += train.signal(r) - mean;
            entries[train.item(r)]++;
        }
        for (int i = 0; i < scores.length; i++) {
            double num = 0;
            double den = 0;
            for (int n = 0; n < table.count(i); n++) {
                int j = table.neighbour(i, n);
                if (entries[j] > 0) {
                    float w = table.weightAt(i, n);
                    num += w * deviationSum[j];
                    den += Math.abs(w) * entries[j];
                }
            }
            scores[i] = mean + (den > 0 ? num / den : 0);
        }
        for (int r = from; r < to; r++) {
            deviationSum[train.item(r)] = 0;
            entries[train.item(r)] = 0;
        }
    }

    /** The fitted similarity table. */
    public ItemNeighbours similarities() {
        return table;
    }

    /** Adjusted-cosine item similarities of {@code log}, top {@code k} per item. */
    static ItemNeighbours similarities(InteractionLog log, int k) {
        Ratings r = Ratings.centred(log);
        return ItemNeighbours.build(r.items, k, (i, row) -> {
            for (int p = r.itemStart[i]; p < r.itemStart[i + 1]; p++) {
                int u = r.itemUser[p];
                double vi = r.itemValue[p];
                for (int q = r.userStart[u]; q < r.userStart[u + 1]; q++) {
                    row.add(r.userItem[q], vi * r.userValue[q]);
                }
            }
            for (int t = 0; t < row.size(); t++) {
                int j = row.touched(t);
                double norms = r.itemNorm[i] * r.itemNorm[j];
                row.set(j, norms > 0 ? row.get(j) / norms : 0);
            }
        });
    }

    @Override
    protected void beginUser(ObservationBatch observations, int u) {
        userMean = histories().meanSignal(u);
    }

    @Override
    protected double score(ObservationBatch observations, int u, int c) {
        int i = observations.candidate(u, c);
        if (i >= table.items()) {
            return 0;
        }
        UserHistories h = histories();
        double num = 0;
        double den = 0;
        for (int e = 0; e < h.size(u); e++) {
            float w = table.weight(i, h.item(u, e));
            if (w != 0) {
                num += w * (h.signal(u, e) - userMean);
                den += Math.abs(w);
            }
        }
        return den > 0 ? num / den : 0;
    }
}
