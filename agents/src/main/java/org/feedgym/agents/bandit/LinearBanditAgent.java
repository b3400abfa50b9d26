package org.feedgym.agents.bandit;

import java.util.Arrays;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.env.world.Catalog;
import org.feedgym.env.world.ObservationBatch;
import org.feedgym.env.world.StepOutcomes;

/**
 * Runs a linear contextual bandit as a feed policy. The context of candidate c of user u is
 * its {@link ObservationBatch#CANDIDATE_FEATURES} visible features (history cosine, popularity,
 * like rate, duration in minutes, harm score, topic share) followed by a constant 1 (the
 * intercept), d = 7 in all. The reward is the step reward of the world. At {@code act} the chosen
 * context and model are remembered per user; {@code observe} updates the model with them.
 * Per-user arrays are allocated when the population size is first seen; a step allocates nothing.
 */
abstract class LinearBanditAgent implements Agent {

    /** Context dimension: the candidate features and an intercept. */
    static final int DIMENSIONS = ObservationBatch.CANDIDATE_FEATURES + 1;

    private final Catalog catalog;
    private final LinearBandit bandit;
    private double[] x = new double[0];
    private int[] offered = new int[0];
    private double[] chosenX = new double[0];
    private int[] chosenArm = new int[0];

    /**
     * @param catalog the catalog for disjoint (per-topic) models, or {@code null} for a shared model
     * @param bandit  the bandit that scores and learns
     */
    LinearBanditAgent(Catalog catalog, LinearBandit bandit) {
        this.catalog = catalog;
        this.bandit = bandit;
    }

    /** The number of models: 1 for shared, the topic count for disjoint. */
    static int armCount(String model, AgentContext context, String type) {
        return model.equals("disjoint") ? context.requireCatalog(type).topicCount() : 1;
    }

    /** The catalog disjoint models need, or null for a shared model. */
    static Catalog catalogFor(String model, AgentContext context, String type) {
        return model.equals("disjoint") ? context.requireCatalog(type) : null;
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
}
