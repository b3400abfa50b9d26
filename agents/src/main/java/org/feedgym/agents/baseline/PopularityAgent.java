package org.feedgym.agents.baseline;

import org.feedgym.env.world.ObservationBatch;

/** Shows the most popular candidate (highest visible popularity feature). */
public final class PopularityAgent extends ScoringAgent {

    /** Registry type. */
    public static final String TYPE = "popularity";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected double score(ObservationBatch observations, int u, int c) {
        return observations.candidateFeature(u, c, ObservationBatch.F_POPULARITY);
    }
}
