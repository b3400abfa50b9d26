package org.feedgym.agents.recommender;

import org.feedgym.env.data.InteractionLog;
import org.feedgym.env.world.Catalog;

/** Small pieces the recommenders share when they rank offline ({@link org.feedgym.agents.OfflineScorer}). */
final class OfflineSupport {

    private OfflineSupport() {
    }

    /**
     * The catalog an embedding-based scorer reads, checked against the training log.
     *
     * @throws IllegalStateException    when there is no catalog
     * @throws IllegalArgumentException when the catalog has fewer items than the log
     */
    static Catalog catalogFor(Catalog catalog, String type, InteractionLog train) {
        if (catalog == null) {
            throw new IllegalStateException("agent '" + type + "' needs item embeddings (the catalog) to rank offline,"
                    + " and none was given");
        }
        if (catalog.size() < train.itemCount()) {
            throw new IllegalArgumentException("agent '" + type + "': the catalog has " + catalog.size()
                    + " items, the log " + train.itemCount() + "; log items must be catalog indices");
        }
        return catalog;
    }

    /**
     * The training log an offline scorer reads, checked to be there.
     *
     * @throws IllegalStateException when the agent was not fitted (a loaded agent keeps its model
     *                               and its evaluation users, not the log offline scores read)
     */
    static InteractionLog fitted(InteractionLog train, String type) {
        if (train == null) {
            throw new IllegalStateException("agent '" + type + "': fit it on the log before scoring offline (a loaded"
                    + " agent holds no log)");
        }
        return train;
    }

    /** First row of the last {@code window} rows of {@code user} in {@code log} (the online history window). */
    static int windowStart(InteractionLog log, int user, int window) {
        return Math.max(log.userStart(user), log.userEnd(user) - window);
    }

    /** scores[i] = cos(profile, e_i) for unit item embeddings e_i; all 0 when the profile is 0. */
    static void cosines(Catalog catalog, double[] profile, double[] scores) {
        int d = catalog.dimensions();
        double norm = 0;
        for (int k = 0; k < d; k++) {
            norm += profile[k] * profile[k];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < scores.length; i++) {
            if (!(norm > 0)) {
                scores[i] = 0;
                continue;
            }
            double s = 0;
            for (int k = 0; k < d; k++) {
                s += profile[k] * catalog.embedding(i, k);
            }
            scores[i] = s / norm;
        }
    }
}
