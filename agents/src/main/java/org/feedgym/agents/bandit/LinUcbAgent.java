package org.feedgym.agents.bandit;

import org.feedgym.agents.AgentContext;

/**
 * LinUCB (Li, Chu, Langford &amp; Schapire 2010) over the visible candidate features plus an
 * intercept (see {@link LinearBanditAgent} for the context), learning online from every user's
 * step reward. {@code model = shared} scores all candidates with one ridge model;
 * {@code disjoint} keeps one per topic (needs the catalog). Deterministic.
 */
public final class LinUcbAgent extends LinearBanditAgent {

    /** Registry type. */
    public static final String TYPE = "linucb";

    private final LinUcb bandit;

    /**
     * @param parameters validated parameters
     * @param context    the context; must hold the catalog when the model is disjoint
     */
    public LinUcbAgent(LinUcbParameters parameters, AgentContext context) {
        this(catalogFor(parameters.model(), context, TYPE),
                new LinUcb(armCount(parameters.model(), context, TYPE), DIMENSIONS, parameters.alpha(),
                        parameters.lambda()));
    }

    private LinUcbAgent(org.feedgym.env.world.Catalog catalog, LinUcb bandit) {
        super(catalog, bandit);
        this.bandit = bandit;
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** The underlying bandit (its models' θ after the next act, or after {@link LinUcb#prepare()}). */
    public LinUcb bandit() {
        return bandit;
    }
}
