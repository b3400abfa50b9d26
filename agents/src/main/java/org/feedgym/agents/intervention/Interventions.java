package org.feedgym.agents.intervention;

import java.util.List;

/** The ranking-side interventions FeedGym ships, in the order {@code feedgym agents} lists them. */
public final class Interventions {

    /** Registry type of similarity re-ranking or the per-window topic cap. */
    public static final String DIVERSIFY = "diversify";
    /** Registry type of the moderation filter. */
    public static final String HARM_FILTER = "harm-filter";
    /** Registry type of exploration outside the user's top topics. */
    public static final String EXPLORE = "explore";
    /** Registry type of the DSA Art. 38 non-profiling feed option. */
    public static final String NON_PERSONALISED = "non-personalised";

    /** Registry type of the "not interested" control that suppresses a marked topic. */
    public static final String RESPECT_NOT_INTERESTED = "respect-not-interested";

    private Interventions() {
    }

    /** Every built-in intervention. */
    public static List<InterventionKind<?>> builtIn() {
        return List.of(
                new InterventionKind<>(DIVERSIFY, "intervention: re-ranks the inner agent's candidates by embedding"
                        + " similarity to the user's recent items (MMR), or caps a topic per window",
                        DiversifyParameters.class, (p, ctx) -> new DiversifyRule(p, ctx.requireCatalog(DIVERSIFY))),
                new InterventionKind<>(HARM_FILTER, "intervention: masks the candidates a moderation classifier"
                        + " (recall, false-positive rate) flags as harmful, always or above a cap per window",
                        HarmFilterParameters.class, (p, ctx) -> new HarmFilterRule(p, ctx.requireCatalog(HARM_FILTER))),
                new InterventionKind<>(EXPLORE, "intervention: with probability epsilon shows a candidate from"
                        + " outside the user's top topics", ExploreParameters.class,
                        (p, ctx) -> new ExploreRule(p, ctx.requireCatalog(EXPLORE))),
                new InterventionKind<>(NON_PERSONALISED, "intervention: the DSA Art. 38 non-profiling option, a"
                        + " popularity or recency feed for a share of users who opt in", NonPersonalisedParameters.class,
                        (p, ctx) -> new NonPersonalisedRule(p, p.feed().equals("recency")
                                ? ctx.requireCatalog(NON_PERSONALISED) : ctx.catalog())),
                new InterventionKind<>(RESPECT_NOT_INTERESTED, "intervention: pushes down candidates of topics the"
                        + " user marked \"not interested\", with a configurable strength and decay",
                        RespectNotInterestedParameters.class,
                        (p, ctx) -> new RespectNotInterestedRule(p, ctx.requireCatalog(RESPECT_NOT_INTERESTED))));
    }
}
