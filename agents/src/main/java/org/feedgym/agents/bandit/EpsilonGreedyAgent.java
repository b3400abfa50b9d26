package org.feedgym.agents.bandit;

import org.feedgym.agents.AgentContext;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.world.StepOutcomes;

/**
 * A population-wide {@link EpsilonGreedy} bandit whose arms are topics or items ({@link Arms}) and
 * whose reward is the step reward of the world (engagement minus the harm penalty). Needs the
 * catalog in its context.
 */
public final class EpsilonGreedyAgent extends ArmBanditAgent {

    /** Registry type. */
    public static final String TYPE = "epsilon-greedy";

    /**
     * @param parameters validated parameters
     * @param context    the context; must hold the catalog
     */
    public EpsilonGreedyAgent(EpsilonGreedyParameters parameters, AgentContext context) {
        super(context.requireCatalog(TYPE), Arms.of(parameters.arms()),
                new EpsilonGreedy(Arms.of(parameters.arms()).count(context.requireCatalog(TYPE)),
                        parameters.epsilon(), parameters.decayPulls(), Seeds.generator(context.seed())));
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** The exploration rate of the next decision. */
    public double currentEpsilon() {
        return ((EpsilonGreedy) bandit()).currentEpsilon();
    }

    @Override
    protected double feedback(StepOutcomes outcomes, int u) {
        return outcomes.reward(u);
    }
}
