package org.feedgym.agents.recommender;

import java.io.IOException;
import java.nio.file.Path;
import java.util.random.RandomGenerator;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.OfflineScorer;
import org.feedgym.agents.SavableAgent;
import org.feedgym.agents.TrainableAgent;
import org.feedgym.agents.Training;
import org.feedgym.agents.TrainingDivergedException;
import org.feedgym.agents.TrainingLog;
import org.feedgym.agents.registry.AgentFiles;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.env.linalg.Cholesky;
import org.feedgym.env.linalg.LaneDot;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.ObservationBatch;

/**
 * Biased matrix factorisation (Koren et al. 2009) as a feed policy. Training fits a
 * {@link MatrixFactorization} to a log by SGD (rows shuffled each epoch with the agent's seed).
 * Evaluation users are not in the log, so each is folded in at every step: with item parameters
 * fixed, (p_u, b_u) is the ridge solution over the user's remembered items H,
 * <pre>{@code
 *   minimise Σ_{j∈H} (r_uj − μ − b_j − b_u − p_uᵀq_j)² + λ·|H|·(|p_u|² + b_u²)
 * }</pre>
 * (the per-user share of the SGD objective), an (f+1)-dimensional Cholesky solve in arrays
 * allocated at creation. Candidate i scores b_i + p_uᵀq_i (μ and b_u are the same for every
 * candidate). A user with no history ranks by item bias.
 *
 * <p>Offline ({@link OfflineScorer}) the ranked users are users of the training log, so no fold-in
 * is needed: item i scores the full prediction μ + b_u + b_i + p_uᵀq_i with the learned user
 * parameters ({@code history} does not apply).
 *
 * <p>A saved one holds the whole model (μ, biases and factors of the logged users and the items,
 * so a loaded one also scores offline) and the evaluation users' histories, which the fold-in
 * reads.
 */
public final class MatrixFactorizationAgent extends RecommenderAgent
        implements TrainableAgent, SavableAgent, OfflineScorer {

    /** Registry type. */
    public static final String TYPE = "mf";

    private final MatrixFactorizationParameters parameters;
    private final AgentContext context;
    private MatrixFactorization model;
    /** The fold-in of {@link #beginUser} and {@link #score} (tests); acting uses a {@link FoldIn} per chunk. */
    private final FoldIn own;

    /**
     * @param parameters validated parameters
     * @param context    the agent's context (its seed drives initialisation and shuffling)
     */
    public MatrixFactorizationAgent(MatrixFactorizationParameters parameters, AgentContext context) {
        super(Signal.of(parameters.signal()), parameters.history());
        this.parameters = parameters;
        this.context = context;
        this.own = new FoldIn();
    }

    /** The saved state: the model ({@code null} before {@link #fit}) and the evaluation users' state. */
    record State(MatrixFactorization.State model, Users users) implements SavedState {
    }

    @Override
    public void save(Path dir) throws IOException {
        AgentFiles.write(dir, TYPE, parameters, context, new State(model == null ? null : model.state(), users()));
    }

    /** Reads an agent written by {@link #save}. */
    public static MatrixFactorizationAgent load(Path dir, AgentContext loading) throws IOException {
        return loadSaved(dir, TYPE, MatrixFactorizationParameters.class, State.class, loading,
                MatrixFactorizationAgent::new, (agent, state) -> {
                    if (state.model() != null) {
                        agent.model = MatrixFactorization.restore("model", state.model(),
                                agent.parameters.factors());
                    }
                });
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void train(Training training) throws TrainingDivergedException {
        fit(LogTraining.collect(training, parameters.trainingUsers(), parameters.loggingPolicy(), signal()),
                training.log());
    }

    /**
     * Fits the model to {@code log} (replacing any earlier fit), recording one point per epoch:
     * step = SGD updates so far, episode = epoch, return = NaN, loss = the epoch's RMSE.
     *
     * @throws TrainingDivergedException when an epoch's RMSE is NaN or infinite
     */
    public void fit(InteractionLog log, TrainingLog trainingLog) throws TrainingDivergedException {
        RandomGenerator init = Seeds.generator(context.seed(), "mf-init", 0);
        RandomGenerator shuffle = Seeds.generator(context.seed(), "mf-shuffle", 0);
        MatrixFactorization m = new MatrixFactorization(log.userCount(), log.itemCount(), parameters.factors(),
                log.meanSignal(), init, 0.1);
        int[] order = new int[log.size()];
        for (int r = 0; r < order.length; r++) {
            order[r] = r;
        }
        long steps = 0;
        for (int epoch = 0; epoch < parameters.epochs(); epoch++) {
            for (int r = order.length - 1; r > 0; r--) {
                int j = shuffle.nextInt(r + 1);
                int t = order[r];
                order[r] = order[j];
                order[j] = t;
            }
            double rmse = m.epoch(log, order, parameters.learningRate(), parameters.regularization());
            steps += order.length;
            if (!Double.isFinite(rmse)) {
                throw new TrainingDivergedException(TYPE, steps, "loss", rmse);
            }
            trainingLog.record(steps, epoch, Double.NaN, rmse, Double.NaN);
        }
        model = m;
    }

    /** Fits the model to {@code log} without recording the epochs (the offline entry point). */
    @Override
    public void fit(InteractionLog log) throws TrainingDivergedException {
        fit(log, TrainingLog.discard());
    }

    @Override
    public boolean predictsSignal() {
        return true;
    }

    @Override
    public void scoreItems(int user, double[] scores) {
        if (model == null) {
            throw new IllegalStateException("mf: fit before scoring");
        }
        for (int i = 0; i < scores.length; i++) {
            scores[i] = i < model.items() && user < model.users() ? model.predict(user, i) : model.mu();
        }
    }

    /**
     * Serves an already fitted model (fitted elsewhere, or loaded) instead of fitting one; its
     * factor count must match the parameters.
     */
    public void use(MatrixFactorization fitted) {
        if (fitted.factors() != parameters.factors()) {
            throw new IllegalArgumentException("model has " + fitted.factors() + " factors, parameters say "
                    + parameters.factors());
        }
        model = fitted;
    }

    /** The fitted model, or null before {@link #fit}. */
    public MatrixFactorization model() {
        return model;
    }

    @Override
    protected Scorer newScorer() {
        return new FoldIn();
    }

    @Override
    protected void beginUser(ObservationBatch observations, int u) {
        own.begin(observations, u);
    }

    /** The folded-in (p_u..., b_u) of the user last begun (for tests). */
    double[] lastUserParameters() {
        return own.user.clone();
    }

    @Override
    protected double score(ObservationBatch observations, int u, int c) {
        return own.score(observations, u, c);
    }

    /**
     * The fold-in (see the class comment) and the scores it gives, with scratch arrays of its own
     * so that users can be folded in on several threads at once.
     */
    private final class FoldIn implements Scorer {
        private final int f = parameters.factors();
        private final int m = f + 1;
        /** The history, rounded up to whole SIMD lanes: the columns' stride. */
        private final int capacity = lanesUp(parameters.history());
        /**
         * z_j = (q_j, 1) of the user's usable items, column by column: entry k of item t at
         * k·capacity + t; zeros after the last item, up to whole lanes.
         */
        private final double[] columns = new double[m * capacity];
        /** r_uj − μ − b_j of the same items, zeros after them as in the columns. */
        private final double[] targets = new double[capacity];
        private final double[] normal = new double[m * m];
        private final double[] rhs = new double[m];
        private final double[] chol = new double[m * m];
        /** p_u then b_u of the user last begun. */
        private final double[] user = new double[m];

        /**
         * Folds user {@code u} in; afterwards {@code user} holds p_u then b_u. Every entry of the
         * normal equations, and of their right-hand side, is a {@link LaneDot} over the user's
         * items from the most recent (zeros appended up to whole lanes change nothing), and only
         * the lower triangle the Cholesky factorisation reads is formed.
         */
        @Override
        public void begin(ObservationBatch observations, int u) {
            java.util.Arrays.fill(user, 0);
            if (model == null) {
                return;
            }
            UserHistories h = histories();
            int n = 0;
            for (int e = 0; e < h.size(u); e++) {
                int j = h.item(u, e);
                if (j >= model.items()) {
                    continue;
                }
                for (int k = 0; k < f; k++) {
                    columns[k * capacity + n] = model.itemFactor(j, k);
                }
                columns[f * capacity + n] = 1;
                targets[n] = h.signal(u, e) - model.mu() - model.itemBias(j);
                n++;
            }
            if (n == 0) {
                return;
            }
            int padded = lanesUp(n);
            for (int k = 0; k < m; k++) {
                java.util.Arrays.fill(columns, k * capacity + n, k * capacity + padded, 0);
            }
            java.util.Arrays.fill(targets, n, padded, 0);
            LaneDot.dots(targets, 0, columns, capacity, m, padded, rhs);
            LaneDot.lowerGram(columns, capacity, m, padded, normal);
            // λ·|H| as in the SGD objective; a floor keeps the system definite when λ = 0.
            double ridge = Math.max(parameters.regularization(), 1e-6) * n;
            for (int a = 0; a < m; a++) {
                normal[a * m + a] += ridge;
            }
            Cholesky.factorWithFloor(normal, m, 1e-12, chol);
            Cholesky.solve(chol, m, rhs, 0, user);
        }

        @Override
        public double score(ObservationBatch observations, int u, int c) {
            if (model == null) {
                return 0;
            }
            int i = observations.candidate(u, c);
            if (i >= model.items()) {
                return 0;
            }
            double s = model.itemBias(i);
            for (int k = 0; k < f; k++) {
                s += user[k] * model.itemFactor(i, k);
            }
            return s;
        }
    }

    /** {@code n} rounded up to whole double lanes of {@link LaneDot}. */
    private static int lanesUp(int n) {
        return (n + LaneDot.DOUBLE_LANES - 1) / LaneDot.DOUBLE_LANES * LaneDot.DOUBLE_LANES;
    }
}
