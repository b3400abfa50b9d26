package org.feedgym.agents.bandit;

import org.feedgym.agents.AgentContext;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.world.StepOutcomes;

/**
 * A population-wide Beta–Bernoulli {@link BetaThompson} bandit (Chapelle &amp; Li 2011) whose arms
 * are topics or items ({@link Arms}). The world's reward is not Bernoulli, so each step is
 * binarised: a success is a watch fraction above a threshold ({@code success = watch}) or a like
 * ({@code success = like}). The harm penalty is not part of that signal. Needs the catalog in its
 * context.
 */
public final class ThompsonAgent extends ArmBanditAgent {

    /** Registry type. */
    public static final String TYPE = "thompson";

    private final boolean like;
    private final double watchThreshold;

    /**
     * @param parameters validated parameters
     * @param context    the context; must hold the catalog
     */
    public ThompsonAgent(ThompsonParameters parameters, AgentContext context) {
        super(context.requireCatalog(TYPE), Arms.of(parameters.arms()),
                new BetaThompson(Arms.of(parameters.arms()).count(context.requireCatalog(TYPE)),
                        parameters.priorAlpha(), parameters.priorBeta(), Seeds.generator(context.seed())));
        this.like = parameters.success().equals("like");
        this.watchThreshold = parameters.watchThreshold();
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** The posterior mean success probability of an arm. */
    public double posteriorMean(int arm) {
        return ((BetaThompson) bandit()).posteriorMean(arm);
    }

    @Override
    protected double feedback(StepOutcomes outcomes, int u) {
        boolean success = like ? outcomes.liked(u) : outcomes.watchFraction(u) > watchThreshold;
        return success ? 1 : 0;
    }
}
