package org.feedgym.env.world;

import org.feedgym.env.ObservationBatch;
/** Writes a user's observation vector in the layout documented by {@link ObservationBatch}. */
final class ObservationEncoder {

    static final int EXTRA_USER_FEATURES = 3;

    private final Catalog catalog;
    private final int k;
    private final int userFeatures;
    private final int dimension;

    ObservationEncoder(Catalog catalog, int k) {
        this.catalog = catalog;
        this.k = k;
        this.userFeatures = catalog.dimensions() + EXTRA_USER_FEATURES;
        this.dimension = userFeatures + k * ObservationBatch.CANDIDATE_FEATURES;
    }

    int userFeatures() {
        return userFeatures;
    }

    int dimension() {
        return dimension;
    }

    void encode(UserStates s, int u, float[] out) {
        int d = s.d;
        int o = u * dimension;
        int hb = u * d;
        double norm = 0;
        for (int j = 0; j < d; j++) {
            float h = s.historyEmbedding[hb + j];
            out[o + j] = h;
            norm += (double) h * h;
        }
        out[o + d] = (float) (s.sessionSeconds[u] / 3600.0);
        out[o + d + 1] = (float) (s.sessionSteps[u] / 100.0);
        out[o + d + 2] = (float) (s.sessions[u] / 10.0);
        double invNorm = norm > 0 ? 1.0 / Math.sqrt(norm) : 0;
        int hc = s.historyCount[u];
        double invCount = hc > 0 ? 1.0 / hc : 0;
        int cb = u * k;
        int f = o + userFeatures;
        for (int c = 0; c < k; c++) {
            int item = s.candidates[cb + c];
            out[f + ObservationBatch.F_HISTORY_COSINE] = (float) (catalog.dot(item, s.historyEmbedding, hb) * invNorm);
            out[f + ObservationBatch.F_POPULARITY] = (float) catalog.popularity(item);
            out[f + ObservationBatch.F_LIKE_RATE] = (float) catalog.likeRate(item);
            out[f + ObservationBatch.F_DURATION_MINUTES] = (float) (catalog.durationSeconds(item) / 60.0);
            out[f + ObservationBatch.F_HARM] = (float) catalog.harm(item);
            out[f + ObservationBatch.F_TOPIC_SHARE] =
                    (float) (s.historyTopicCount[u * s.topics + catalog.topic(item)] * invCount);
            f += ObservationBatch.CANDIDATE_FEATURES;
        }
    }
}
