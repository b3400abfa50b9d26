package org.feedgym.agents.recommender;

import org.feedgym.env.world.ObservationBatch;

/**
 * Content-based filtering: ranks candidates by the cosine between the user's history embedding
 * and the item's embedding. That cosine is the observation's {@link ObservationBatch#F_HISTORY_COSINE}
 * feature (the history embedding is the world's watch-weighted moving average of watched items),
 * so the agent needs neither a log nor the catalog. Before the first watched item every cosine
 * is 0 and the most popular candidate wins. See {@link UserProfileAgent} for the all-time
 * rating-weighted profile.
 */
public final class ContentAgent extends RecommenderAgent {

    /** Registry type. */
    public static final String TYPE = "content";

    /** A content-based agent; it keeps no history of its own. */
    public ContentAgent() {
        super(Signal.WATCH, 0);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected double score(ObservationBatch observations, int u, int c) {
        return observations.candidateFeature(u, c, ObservationBatch.F_HISTORY_COSINE);
    }
}
