package org.feedgym.agents.bandit;

import org.feedgym.agents.registry.StateChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.SavableAgent;
import org.feedgym.env.world.Catalog;
import org.feedgym.env.world.World;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.StepOutcomes;

/**
 * Runs a linear contextual bandit as a feed policy. The context of candidate c of user u is
 * its {@link ObservationBatch#CANDIDATE_FEATURES} visible features (history cosine, popularity,
 * like rate, duration in minutes, harm score, topic share) followed by a constant 1 (the
 * intercept), d = 7 in all. The reward is the step reward of the world. At {@code act} the chosen
 * context and model are remembered per user; {@code observe} updates the model with them.
 * Per-user arrays are allocated when the population size is first seen; a step allocates nothing.
 *
 * <p>A saved linear bandit holds its parameters, every model's A, b and update count
 * ({@link #models()}), its generator's position when it samples, and the pulls still awaiting
 * their outcomes ({@link #pending()}: none between steps). Each agent names these in a
 * {@code State} record of its own; this base keeps what they share.
 *
 * @param <P> the agent's parameter record
 * @param <B> the bandit
 */
abstract class LinearBanditAgent<P, B extends LinearBandit> implements SavableAgent {

    /** Context dimension: the candidate features and an intercept. */
    static final int DIMENSIONS = ObservationBatch.CANDIDATE_FEATURES + 1;

    private final P parameters;
    private final AgentContext context;
    private final Catalog catalog;
    private final B bandit;
    private double[] x = new double[0];
    private int[] offered = new int[0];
    private double[] chosenX = new double[0];
    private int[] chosenArm = new int[0];

    /**
     * @param parameters the validated parameters the agent was created from
     * @param context    the context it was created with
     * @param catalog    the catalog for disjoint (per-topic) models, or {@code null} for a shared model
     * @param bandit     the bandit that scores and learns
     */
    LinearBanditAgent(P parameters, AgentContext context, Catalog catalog, B bandit) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.context = Objects.requireNonNull(context, "context");
        this.catalog = catalog;
        this.bandit = Objects.requireNonNull(bandit, "bandit");
    }

    /**
     * A pull chosen at the last {@code act} whose outcome {@code observe} has not received yet.
     *
     * @param user    the user it was chosen for
     * @param model   the model it updates (0 for a shared model, the topic for disjoint ones)
     * @param context the d-dimensional context of the candidate chosen
     */
    record PendingPull(int user, int model, double[] context) {
    }

    /** The number of models: 1 for shared, the topic count for disjoint. */
    static int armCount(String model, AgentContext context, String type) {
        return model.equals("disjoint") ? context.requireCatalog(type).topicCount() : 1;
    }

    /** The catalog disjoint models need, or null for a shared model. */
    static Catalog catalogFor(String model, AgentContext context, String type) {
        return model.equals("disjoint") ? context.requireCatalog(type) : null;
    }

    /** The bandit. */
    B bandit() {
        return bandit;
    }

    /** The parameters the agent was created from. */
    public P parameters() {
        return parameters;
    }

    /** The context the agent was created with (for a loaded agent: the saved seed and sizes). */
    public AgentContext context() {
        return context;
    }

    @Override
    public void act(ObservationBatch observations, int[] actions) {
        int n = observations.users();
        int k = observations.candidateCount();
        int d = DIMENSIONS;
        if (offered.length != k) {
            offered = new int[k];
            x = new double[k * d];
        }
        if (chosenArm.length != n) {
            chosenArm = new int[n];
            chosenX = new double[n * d];
            Arrays.fill(chosenArm, -1);
        }
        bandit.prepare();
        for (int u = 0; u < n; u++) {
            if (!observations.active(u)) {
                chosenArm[u] = -1;
                continue;
            }
            for (int c = 0; c < k; c++) {
                fillContext(observations, u, c, x, c * d);
                offered[c] = catalog == null ? 0 : catalog.topic(observations.candidate(u, c));
            }
            int p = bandit.choose(offered, x, k);
            actions[u] = p;
            chosenArm[u] = offered[p];
            System.arraycopy(x, p * d, chosenX, u * d, d);
        }
    }

    /** Writes the d-dimensional context of candidate c of user u into {@code out} at {@code offset}. */
    static void fillContext(ObservationBatch observations, int u, int c, double[] out, int offset) {
        for (int f = 0; f < ObservationBatch.CANDIDATE_FEATURES; f++) {
            out[offset + f] = observations.candidateFeature(u, c, f);
        }
        out[offset + ObservationBatch.CANDIDATE_FEATURES] = 1;
    }

    /** Credits the next outcome to the topic and context of the candidate shown. */
    @Override
    public void overridden(ObservationBatch observations, int[] shown) {
        for (int u = 0; u < Math.min(chosenArm.length, observations.users()); u++) {
            if (chosenArm[u] >= 0) {
                int c = shown[u];
                chosenArm[u] = catalog == null ? 0 : catalog.topic(observations.candidate(u, c));
                fillContext(observations, u, c, chosenX, u * DIMENSIONS);
            }
        }
    }

    @Override
    public void observe(StepOutcomes outcomes) {
        for (int u = 0; u < chosenArm.length; u++) {
            int arm = chosenArm[u];
            if (arm >= 0 && outcomes.shownItem(u) >= 0) {
                bandit.update(arm, chosenX, u * DIMENSIONS, outcomes.reward(u));
            }
            chosenArm[u] = -1;
        }
    }

    /** A copy of every model, in model order. */
    List<RidgeRegression.State> models() {
        List<RidgeRegression.State> models = new ArrayList<>(bandit.arms());
        for (int a = 0; a < bandit.arms(); a++) {
            models.add(bandit.model(a).state());
        }
        return models;
    }

    /**
     * Replaces every model with a saved one, as saved in the state's {@code models}.
     *
     * @throws IllegalArgumentException naming {@code $.state.models} when there is not one model
     *                                  per topic (disjoint) or exactly one (shared), or naming the
     *                                  model's field when it is not a valid ridge model
     */
    void restoreModels(List<RidgeRegression.State> models) {
        StateChecks.required("models", models);
        if (models.size() != bandit.arms()) {
            throw new IllegalArgumentException(StateChecks.path("models") + " must hold " + bandit.arms()
                    + (catalog == null ? " model (shared)" : " models (one per topic)") + ", got " + models.size());
        }
        for (int a = 0; a < models.size(); a++) {
            bandit.model(a).restore("models[" + a + "]", models.get(a));
        }
    }

    /** The pulls awaiting their outcomes, in user order: empty between steps. */
    List<PendingPull> pending() {
        List<PendingPull> pending = new ArrayList<>();
        for (int u = 0; u < chosenArm.length; u++) {
            if (chosenArm[u] >= 0) {
                pending.add(new PendingPull(u, chosenArm[u],
                        Arrays.copyOfRange(chosenX, u * DIMENSIONS, (u + 1) * DIMENSIONS)));
            }
        }
        return pending;
    }

    /**
     * Restores the pulls awaiting their outcomes, as saved in the state's {@code pending}. The
     * per-user arrays are sized to the last pending user; the next {@code act} resizes them to the
     * population as a fresh agent's would, and until then {@code observe} reads no further.
     *
     * @throws IllegalArgumentException naming {@code $.state.pending} when it is missing, its users
     *                                  are not increasing from 0, a model is out of range or a
     *                                  context is not d finite numbers
     */
    void restorePending(List<PendingPull> pending) {
        StateChecks.required("pending", pending);
        int users = 0;
        for (int i = 0; i < pending.size(); i++) {
            String field = "pending[" + i + "]";
            PendingPull p = StateChecks.required(field, pending.get(i));
            users = StateChecks.nextUser(field + ".user", p.user(), users, World.MAX_USERS);
            StateChecks.index(field + ".model", p.model(), bandit.arms());
            StateChecks.finite(field + ".context", p.context(), DIMENSIONS);
        }
        int[] arms = new int[users];
        double[] contexts = new double[users * DIMENSIONS];
        Arrays.fill(arms, -1);
        for (PendingPull p : pending) {
            arms[p.user()] = p.model();
            System.arraycopy(p.context(), 0, contexts, p.user() * DIMENSIONS, DIMENSIONS);
        }
        chosenArm = arms;
        chosenX = contexts;
    }
}
