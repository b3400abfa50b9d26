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
 * Runs one population-wide {@link ArmBandit} as a feed policy: at {@code act} each active user's
 * K candidates are mapped to their arms and the bandit picks one; the chosen arm is remembered
 * per user, and {@code observe} feeds every remembered pull its feedback. Per-user arrays are
 * allocated when the population size is first seen; a step allocates nothing.
 *
 * <p>A saved arm bandit holds its parameters, the bandit's statistics, its generator's position
 * when it draws random numbers, and the pulls still awaiting their outcomes ({@link #pending()}:
 * none between steps). Each agent names these in a {@code State} record of its own; this base
 * keeps what they share.
 *
 * @param <P> the agent's parameter record
 * @param <B> the bandit
 */
abstract class ArmBanditAgent<P, B extends ArmBandit> implements SavableAgent {

    private final P parameters;
    private final AgentContext context;
    private final Catalog catalog;
    private final Arms arms;
    private final B bandit;
    private int[] offered = new int[0];
    private int[] chosen = new int[0];

    /**
     * @param parameters the validated parameters the agent was created from
     * @param context    the context it was created with
     * @param catalog    the context's catalog, which maps candidates to arms
     * @param arms       what the arms stand for
     * @param bandit     a bandit over {@code arms.count(catalog)} arms
     */
    ArmBanditAgent(P parameters, AgentContext context, Catalog catalog, Arms arms, B bandit) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.context = Objects.requireNonNull(context, "context");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.arms = Objects.requireNonNull(arms, "arms");
        this.bandit = Objects.requireNonNull(bandit, "bandit");
    }

    /**
     * A pull chosen at the last {@code act} whose outcome {@code observe} has not received yet.
     *
     * @param user the user it was chosen for
     * @param arm  the arm of the candidate chosen
     */
    record PendingPull(int user, int arm) {
    }

    /** The feedback of user {@code u}'s last pull, in the range the bandit assumes. */
    protected abstract double feedback(StepOutcomes outcomes, int u);

    /** The bandit (statistics shared by the whole population). */
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

    /** Credits the next outcome to the arm of the candidate shown. */
    @Override
    public void overridden(ObservationBatch observations, int[] shown) {
        for (int u = 0; u < Math.min(chosen.length, observations.users()); u++) {
            if (chosen[u] >= 0) {
                chosen[u] = arms.arm(catalog, observations.candidate(u, shown[u]));
            }
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

    /** The pulls awaiting their outcomes, in user order: empty between steps. */
    List<PendingPull> pending() {
        List<PendingPull> pending = new ArrayList<>();
        for (int u = 0; u < chosen.length; u++) {
            if (chosen[u] >= 0) {
                pending.add(new PendingPull(u, chosen[u]));
            }
        }
        return pending;
    }

    /**
     * Restores the pulls awaiting their outcomes, as saved in the state's {@code pending}. The
     * per-user array is sized to the last pending user; the next {@code act} resizes it to the
     * population as a fresh agent's would, and until then {@code observe} reads no further.
     *
     * @throws IllegalArgumentException naming {@code $.state.pending} when it is missing, its users
     *                                  are not increasing from 0 or an arm is out of range
     */
    void restorePending(List<PendingPull> pending) {
        StateChecks.required("pending", pending);
        int users = 0;
        for (int i = 0; i < pending.size(); i++) {
            PendingPull p = StateChecks.required("pending[" + i + "]", pending.get(i));
            users = StateChecks.nextUser("pending[" + i + "].user", p.user(), users, World.MAX_USERS);
            StateChecks.index("pending[" + i + "].arm", p.arm(), bandit.armCount());
        }
        int[] restored = new int[users];
        Arrays.fill(restored, -1);
        for (PendingPull p : pending) {
            restored[p.user()] = p.arm();
        }
        chosen = restored;
    }
}
