package org.feedgym.agents.bandit;

import java.util.Arrays;
import java.util.Objects;
import org.feedgym.agents.Agent;
import org.feedgym.env.world.Catalog;
import org.feedgym.env.world.ObservationBatch;
import org.feedgym.env.world.StepOutcomes;

/**
 * Runs one population-wide {@link ArmBandit} as a feed policy: at {@code act} each active user's
 * K candidates are mapped to their arms and the bandit picks one; the chosen arm is remembered
 * per user, and {@code observe} feeds every remembered pull its feedback. Per-user arrays are
 * allocated when the population size is first seen; a step allocates nothing.
 */
abstract class ArmBanditAgent implements Agent {

    private final Catalog catalog;
    private final Arms arms;
    private final ArmBandit bandit;
    private int[] offered = new int[0];
    private int[] chosen = new int[0];

    ArmBanditAgent(Catalog catalog, Arms arms, ArmBandit bandit) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.arms = Objects.requireNonNull(arms, "arms");
        this.bandit = Objects.requireNonNull(bandit, "bandit");
    }

    /** The feedback of user {@code u}'s last pull, in the range the bandit assumes. */
    protected abstract double feedback(StepOutcomes outcomes, int u);

    /** The bandit (statistics shared by the whole population). */
    ArmBandit bandit() {
        return bandit;
    }

    /** What the arms stand for. */
    public Arms arms() {
        return arms;
    }

    @Override
    public void act(ObservationBatch observations, int[] actions) {
        int n = observations.users();
        int k = observations.candidateCount();
        if (offered.length != k) {
            offered = new int[k];
        }
        if (chosen.length != n) {
            chosen = new int[n];
            Arrays.fill(chosen, -1);
        }
        for (int u = 0; u < n; u++) {
            if (!observations.active(u)) {
                chosen[u] = -1;
                continue;
            }
            for (int c = 0; c < k; c++) {
                offered[c] = arms.arm(catalog, observations.candidate(u, c));
            }
            int p = bandit.choose(offered, 0, k);
            actions[u] = p;
            chosen[u] = offered[p];
        }
    }

    @Override
    public void observe(StepOutcomes outcomes) {
        for (int u = 0; u < chosen.length; u++) {
            int arm = chosen[u];
            if (arm >= 0 && outcomes.shownItem(u) >= 0) {
                bandit.update(arm, feedback(outcomes, u));
            }
            chosen[u] = -1;
        }
    }
}
