package org.feedgym.agents.bandit;

import java.util.Arrays;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.SavableAgent;
import org.feedgym.agents.recommender.RecommenderAgent;
import org.feedgym.agents.recommender.Signal;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.world.Catalog;

/**
 * The user-conditioned, item-level bandits of CIRS's KuaiEnv baselines (Gao et al., ACM TOIS 2023):
 * each user has a reward model over items, and the policy shows the candidate whose predicted
 * reward (plus a count bonus, or with ε-exploration) is highest. CIRS's reward model is a DeepFM
 * pretrained on KuaiRec's interaction matrix; FeedGym has no such matrix for its worlds, so the
 * model here is learned online, per user, from that user's own feedback: a ridge regression of the
 * reward on the item's features x_i, its topic one-hot (CIRS's DeepFM also sees the item's
 * categories) followed by its catalog embedding,
 * <pre>{@code
 *   r̂_u(i) = θ_u · x_i,   θ_u = (λI + Σ_j x_j x_jᵀ)⁻¹ Σ_j r_uj x_j
 * }</pre>
 * over the items j shown to u. After a single positive reward θ_u points at that item, so the
 * policy serves an item of the same topic next, the nearest first: what ends KuaiEnv sessions.
 * Before the first feedback every prediction is 0 and ties go to the more popular candidate
 * ({@link RecommenderAgent}).
 *
 * <p>A⁻¹ is kept per user by Sherman–Morrison updates (O(d²) per shown item, d = topics +
 * embedding dimensions; d² + d doubles per user, saved with the users' state). Needs the catalog.
 */
abstract class UserItemBanditAgent extends RecommenderAgent implements SavableAgent {

    private final AgentContext context;
    private final Catalog catalog;
    private final int topics;
    private final int d;
    private final int stride;
    private final double lambda;
    private double[] model = new double[0];
    private final double[] theta;
    private final double[] scratch;
    private final double[] x;

    /**
     * @param context the context; must hold the catalog
     * @param type    the registry type, for the message when the catalog is missing
     * @param signal  the feedback the reward model fits
     * @param lambda  ridge strength λ &gt; 0
     */
    UserItemBanditAgent(AgentContext context, String type, Signal signal, double lambda) {
        super(signal, 0);
        this.context = context;
        this.catalog = context.requireCatalog(type);
        this.topics = catalog.topicCount();
        this.d = topics + catalog.dimensions();
        this.stride = d * d + d;
        this.lambda = lambda;
        this.theta = new double[d];
        this.scratch = new double[d];
        this.x = new double[d];
    }

    /** The context the agent was created with (for a loaded agent: the saved seed and sizes). */
    public final AgentContext context() {
        return context;
    }

    /** The catalog the candidates index into. */
    final Catalog catalog() {
        return catalog;
    }

    @Override
    protected void usersChanged(int users) {
        model = new double[users * stride];
        for (int u = 0; u < users; u++) {
            for (int k = 0; k < d; k++) {
                model[u * stride + k * d + k] = 1 / lambda;
            }
        }
    }

    /** Per user: A⁻¹ (d × d, row-major) then b (d). */
    @Override
    protected final double[] perUserState() {
        return model;
    }

    /** User u's predicted reward for catalog item {@code item} (θ_u · x_item). */
    public final double predicted(int u, int item) {
        solve(u);
        return dotTheta(item);
    }

    @Override
    protected final void beginUser(ObservationBatch observations, int u) {
        solve(u);
    }

    /** θ = A⁻¹b for user u, into {@link #theta}. */
    private void solve(int u) {
        int base = u * stride;
        int bBase = base + d * d;
        for (int r = 0; r < d; r++) {
            double s = 0;
            for (int c = 0; c < d; c++) {
                s += model[base + r * d + c] * model[bBase + c];
            }
            theta[r] = s;
        }
    }

    /** θ · x_item for the user last solved. */
    final double dotTheta(int item) {
        double s = theta[catalog.topic(item)];
        for (int k = topics; k < d; k++) {
            s += theta[k] * catalog.embedding(item, k - topics);
        }
        return s;
    }

    /** Writes x_item (topic one-hot, then the embedding) into {@link #x}. */
    private void features(int item) {
        Arrays.fill(x, 0, topics, 0);
        x[catalog.topic(item)] = 1;
        for (int k = topics; k < d; k++) {
            x[k] = catalog.embedding(item, k - topics);
        }
    }

    @Override
    protected double score(ObservationBatch observations, int u, int c) {
        return dotTheta(observations.candidate(u, c));
    }

    /** Sherman–Morrison: A⁻¹ ← A⁻¹ − (A⁻¹x)(A⁻¹x)ᵀ / (1 + xᵀA⁻¹x), with A⁻¹ symmetric; b ← b + r·x. */
    @Override
    protected final void observed(int u, int item, double value) {
        features(item);
        int base = u * stride;
        double denominator = 1;
        for (int r = 0; r < d; r++) {
            double s = 0;
            for (int c = 0; c < d; c++) {
                s += model[base + r * d + c] * x[c];
            }
            scratch[r] = s;
            denominator += s * x[r];
        }
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                model[base + r * d + c] -= scratch[r] * scratch[c] / denominator;
            }
            model[base + d * d + r] += value * x[r];
        }
    }
}
