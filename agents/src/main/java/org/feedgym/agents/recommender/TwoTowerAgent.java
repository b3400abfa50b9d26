package org.feedgym.agents.recommender;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.OfflineScorer;
import org.feedgym.agents.SavableAgent;
import org.feedgym.agents.TrainableAgent;
import org.feedgym.agents.Training;
import org.feedgym.agents.TrainingDivergedException;
import org.feedgym.agents.TrainingLog;
import org.feedgym.agents.registry.AgentFiles;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.world.Catalog;
import org.feedgym.env.ObservationBatch;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * A two-tower retrieval model (Covington, Adams &amp; Sargin 2016, "Deep neural networks for
 * YouTube recommendations"; Yi et al. 2019, "Sampling-bias-corrected neural modeling for large
 * corpus item recommendations") built on DL4J's SameDiff.
 *
 * <p><b>Inputs.</b> An item's input x_j is what the platform knows of it: when a catalog is given
 * (and {@code catalogFeatures} is on), its embedding, a one-hot of its topic and its harm score
 * (never the engagement counts, which on the real-data catalogs are computed from the whole log,
 * test rows included), followed by a learned id embedding of {@code idEmbeddingSize} floats. With
 * no catalog (offline KuaiRand) the id embedding is the whole input. A user's input is the
 * signal-weighted mean Σ s_k x_{j_k} / Σ|s_k| of the inputs of the user's last {@code history}
 * items (zero for a user with no history, for whom the model learns a popularity-like vector).
 * The same rule holds online (the evaluation user's remembered items and signals) and offline (the
 * user's last training rows). The observation's user features are deliberately not used: their
 * history embedding is another summary of the same items, and the session counters have no
 * counterpart in a log, so using them would make the online and the offline model differ. Nor is
 * there a user-id embedding: evaluation users are never in the training log.
 *
 * <p><b>Towers.</b> Two MLPs of the same shape (P → {@code hiddenLayers} with ReLU → D =
 * {@code embeddingSize}), one per side, each output L2-normalised; the score of item i for user u
 * is the cosine u·v_i (ranking by cos/τ is the same ranking).
 *
 * <p><b>Objective.</b> Sampled softmax over the in-batch positives and uniformly drawn negatives
 * with temperature τ and the logQ correction ({@link TwoTowerTrainer}); positives are rows whose
 * signal reaches {@code positiveThreshold} (default: the log's mean signal), each with the history
 * rows before it as input. One point per epoch goes to the training log (loss = the mean batch
 * loss); a NaN or infinite loss stops training with {@link TrainingDivergedException}.
 *
 * <p><b>Online</b> ({@link #train}): a logging policy runs on training users (as for the other
 * log-trained recommenders) and the model is fitted to that log. Each active user's vector is
 * computed once per step from its {@link UserHistories}; each candidate costs one D-long dot
 * product against precomputed item vectors, with no allocation. <b>Offline</b>
 * ({@link OfflineScorer}): the same model on the training part of a real or simulated log.
 *
 * <p><b>Reproducibility.</b> All randomness (initial weights, shuffling, negatives) comes from
 * the agent's seed; the same seed and log give bit-identical scores, in this JVM and another, for
 * a given ND4J thread count (the launcher and the tests run ND4J on one thread). With more ND4J
 * threads the graph's reductions may sum in another order and the scores differ in the last bits.
 *
 * <p>The trained state is the {@link TwoTowerNetwork} (its SameDiff graph holds the towers and the
 * id embeddings): {@link #network()} exposes it and {@link #install} puts an already trained one
 * in place of fitting.
 */
public final class TwoTowerAgent extends RecommenderAgent implements TrainableAgent, OfflineScorer, SavableAgent {

    /** Registry type. */
    public static final String TYPE = "two-tower";

    /** The file a saved agent's SameDiff graph (towers and id embeddings) is written to. */
    public static final String NETWORK_FILE = "two-tower-network.sd";

    private final TwoTowerParameters parameters;
    private final AgentContext context;
    private final long seed;
    private final Catalog catalog;
    private TwoTowerNetwork network;
    private InteractionLog train;
    private final float[] userVector;
    private final int[] historyItems;
    private final float[] historySignals;

    /**
     * @param parameters validated parameters
     * @param context    the agent's context: its seed drives initialisation, shuffling and
     *                   negative sampling; its catalog (optional) gives the item features
     */
    public TwoTowerAgent(TwoTowerParameters parameters, AgentContext context) {
        super(Signal.of(parameters.signal()), parameters.history());
        this.parameters = parameters;
        this.context = context;
        this.seed = context.seed();
        this.catalog = parameters.catalogFeatures() ? context.catalog() : null;
        this.userVector = new float[parameters.embeddingSize()];
        this.historyItems = new int[parameters.history()];
        this.historySignals = new float[parameters.history()];
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** The parameters. */
    public TwoTowerParameters parameters() {
        return parameters;
    }

    @Override
    public void train(Training training) throws TrainingDivergedException {
        fit(LogTraining.collect(training, parameters.trainingUsers(), parameters.loggingPolicy(), signal()),
                training.log());
    }

    /**
     * Fits a fresh model to {@code log} (replacing any earlier fit), recording one point per epoch:
     * step = training examples so far, episode = epoch, return = NaN, loss = the epoch's mean loss.
     *
     * @throws TrainingDivergedException when a batch's loss is NaN or infinite
     * @throws IllegalStateException     when no row reaches the positive threshold, or there is no
     *                                   item input (no catalog features and idEmbeddingSize 0)
     * @throws IllegalArgumentException  when the catalog has fewer items than the log
     */
    public void fit(InteractionLog log, TrainingLog trainingLog) throws TrainingDivergedException {
        int items = items(log.itemCount());
        TwoTowerTrainer trainer = new TwoTowerTrainer(parameters, Seeds.derive(seed, "two-tower", 0));
        network = trainer.fit(log, items, itemFeatures(items), featureCount(), trainingLog);
        train = log;
    }

    /** Fits the model to {@code log} without recording the epochs (the offline entry point). */
    @Override
    public void fit(InteractionLog log) throws TrainingDivergedException {
        fit(log, TrainingLog.discard());
    }

    /**
     * Serves an already trained graph (trained by this class, then saved and read back) instead of
     * fitting one. Its shapes must match the parameters and the catalog features.
     *
     * @param graph the SameDiff graph of a {@link TwoTowerNetwork}
     * @param items the item count it was trained for
     * @param log   the training log whose rows are the offline users' histories, or null online
     */
    void install(SameDiff graph, int items, InteractionLog log) {
        int n = items(items);
        network = TwoTowerNetwork.install(graph, n, itemFeatures(n), featureCount(), parameters);
        train = log;
    }

    /**
     * The saved state: the item count the graph was trained for and its file (both null before a
     * fit), and the evaluation users' state.
     */
    record State(Integer items, String network, Users users) implements SavedState {
    }

    /**
     * Writes the SameDiff graph ({@value #NETWORK_FILE}) and the description. The catalog
     * features are not saved: the loading world's catalog (of the same size) supplies them.
     */
    @Override
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (network != null) {
            network.graph().save(dir.resolve(NETWORK_FILE).toFile(), false);
        }
        AgentFiles.write(dir, TYPE, parameters, context, new State(network == null ? null : network.items(),
                network == null ? null : NETWORK_FILE, users()));
    }

    /** Reads an agent written by {@link #save}. */
    public static TwoTowerAgent load(Path dir, AgentContext loading) throws IOException {
        return loadSaved(dir, TYPE, TwoTowerParameters.class, State.class, loading, TwoTowerAgent::new,
                (agent, state) -> {
                    if (state.network() == null) {
                        return;
                    }
                    Path file = dir.resolve(state.network());
                    if (!Files.isRegularFile(file)) {
                        throw new IllegalArgumentException("$.state.network: " + file + " is missing");
                    }
                    if (state.items() == null || state.items() < 1) {
                        throw new IllegalArgumentException("$.state.items must be a positive item count, got "
                                + state.items());
                    }
                    SameDiff graph;
                    try {
                        graph = SameDiff.load(file.toFile(), false);
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException("$.state.network: " + file + " is not a SameDiff graph ("
                                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
                    }
                    try {
                        agent.install(graph, state.items(), null);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("$.state.network: " + e.getMessage(), e);
                    }
                });
    }

    /** The trained network, or null before {@link #fit}. */
    TwoTowerNetwork network() {
        return network;
    }

    /** Catalog features per item: the embedding, a one-hot of the topic, the harm score. */
    private int featureCount() {
        return catalog == null ? 0 : catalog.dimensions() + catalog.topicCount() + 1;
    }

    private int items(int logItems) {
        if (catalog == null) {
            return logItems;
        }
        if (catalog.size() < logItems) {
            throw new IllegalArgumentException("agent '" + TYPE + "': the catalog has " + catalog.size()
                    + " items, the log " + logItems + "; log items must be catalog indices");
        }
        return catalog.size();
    }

    private float[] itemFeatures(int items) {
        int f = featureCount();
        float[] x = new float[items * f];
        if (catalog == null) {
            return x;
        }
        int d = catalog.dimensions();
        for (int i = 0; i < items; i++) {
            int o = i * f;
            for (int k = 0; k < d; k++) {
                x[o + k] = catalog.embedding(i, k);
            }
            x[o + d + catalog.topic(i)] = 1f;
            x[o + f - 1] = (float) catalog.harm(i);
        }
        return x;
    }

    @Override
    public void scoreItems(int user, double[] scores) {
        if (network == null || train == null) {
            throw new IllegalStateException(TYPE + ": fit before scoring");
        }
        int end = train.userEnd(user);
        int start = OfflineSupport.windowStart(train, user, parameters.history());
        int n = 0;
        for (int r = start; r < end; r++) {
            historyItems[n] = train.item(r);
            historySignals[n] = train.signal(r);
            n++;
        }
        network.userVector(historyItems, historySignals, n, userVector);
        for (int i = 0; i < scores.length; i++) {
            scores[i] = i < network.items() ? network.score(userVector, i) : 0;
        }
    }

    /** Computes user {@code u}'s vector from its remembered items (zeros before a fit). */
    @Override
    protected void beginUser(ObservationBatch observations, int u) {
        if (network == null) {
            java.util.Arrays.fill(userVector, 0f);
            return;
        }
        UserHistories h = histories();
        int n = h.size(u);
        for (int e = 0; e < n; e++) {
            historyItems[e] = h.item(u, e);
            historySignals[e] = h.signal(u, e);
        }
        network.userVector(historyItems, historySignals, n, userVector);
    }

    /** The cosine of the current user's vector and the candidate's; 0 before a fit. */
    @Override
    protected double score(ObservationBatch observations, int u, int c) {
        if (network == null) {
            return 0;
        }
        int i = observations.candidate(u, c);
        return i < network.items() ? network.score(userVector, i) : 0;
    }

    /** The vector of the user last begun (for tests). */
    float[] lastUserVector() {
        return userVector.clone();
    }
}
