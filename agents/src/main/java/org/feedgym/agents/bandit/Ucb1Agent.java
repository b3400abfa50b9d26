package org.feedgym.agents.bandit;

import org.feedgym.agents.AgentContext;
import org.feedgym.env.world.StepOutcomes;

/**
 * A population-wide {@link Ucb1} bandit (Auer et al. 2002) whose arms are topics or items
 * ({@link Arms}) and whose reward is the step reward of the world. The reward lies in
 * [−harmPenalty, 1], not [0, 1]; {@code c} rescales the bonus accordingly. In a batched step
 * every user sees the same statistics, so all users offered a never-pulled arm pull it at once.
 * Deterministic. Needs the catalog in its context.
 */
public final class Ucb1Agent extends ArmBanditAgent {

    /** Registry type. */
    public static final String TYPE = "ucb1";

    /**
     * @param parameters validated parameters
     * @param context    the context; must hold the catalog
     */
    public Ucb1Agent(Ucb1Parameters parameters, AgentContext context) {
        super(context.requireCatalog(TYPE), Arms.of(parameters.arms()),
                new Ucb1(Arms.of(parameters.arms()).count(context.requireCatalog(TYPE)), parameters.c()));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected double feedback(StepOutcomes outcomes, int u) {
        return outcomes.reward(u);
    }
}
