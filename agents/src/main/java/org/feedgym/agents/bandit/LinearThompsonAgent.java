package org.feedgym.agents.bandit;

import org.feedgym.agents.AgentContext;
import org.feedgym.env.random.Seeds;

/**
 * Linear-Gaussian Thompson sampling (Agrawal &amp; Goyal 2013) over the visible candidate features
 * plus an intercept (see {@link LinearBanditAgent}), learning online from every user's step
 * reward. Each user's decision draws its own θ̃ from the posterior. {@code model = shared} or
 * {@code disjoint} (one model per topic; needs the catalog).
 */
public final class LinearThompsonAgent extends LinearBanditAgent {

    /** Registry type. */
    public static final String TYPE = "linear-thompson";

    private final LinearThompson bandit;

    /**
     * @param parameters validated parameters
     * @param context    the context; must hold the catalog when the model is disjoint
     */
    public LinearThompsonAgent(LinearThompsonParameters parameters, AgentContext context) {
        this(catalogFor(parameters.model(), context, TYPE),
                new LinearThompson(armCount(parameters.model(), context, TYPE), DIMENSIONS, parameters.v(),
                        parameters.lambda(), Seeds.generator(context.seed())));
    }

    private LinearThompsonAgent(org.feedgym.env.world.Catalog catalog, LinearThompson bandit) {
        super(catalog, bandit);
        this.bandit = bandit;
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** The underlying bandit. */
    public LinearThompson bandit() {
        return bandit;
    }
}
