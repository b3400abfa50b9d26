package org.feedgym.agents.baseline;

import org.feedgym.agents.OfflineScorer;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.env.ObservationBatch;

/**
 * Shows the most popular candidate (highest visible popularity feature). Offline, an item's
 * popularity is its number of rows in the training log (whatever their signal), the same for
 * every user.
 */
public final class PopularityAgent extends ScoringAgent implements OfflineScorer {

    /** Registry type. */
    public static final String TYPE = "popularity";

    private int[] counts = new int[0];

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected double score(ObservationBatch observations, int u, int c) {
        return observations.candidateFeature(u, c, ObservationBatch.F_POPULARITY);
    }

    /** Counts each item's training rows. */
    @Override
    public void fit(InteractionLog train) {
        counts = train.itemCounts();
    }

    @Override
    public void scoreItems(int user, double[] scores) {
        for (int i = 0; i < scores.length; i++) {
            scores[i] = i < counts.length ? counts[i] : 0;
        }
    }
}
