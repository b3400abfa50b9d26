package org.feedgym.env.world;

import org.feedgym.env.ObservationBatch;
import org.feedgym.env.linalg.LaneDot;

/**
 * Writes a user's observation vector in the layout documented by {@link ObservationBatch}.
 *
 * <p>Speed: encoding is most of a step's work (K history cosines of d multiply-adds each), which
 * is why the candidate part ({@link #encodeCandidates}) is written only for policies that read it
 * ({@code FeedPopulation}). Each cosine's dot product is a {@link LaneDot}: float, in eight lanes
 * of fused multiply-adds, which the Vector API runs as SIMD code (plain Java gives the same bits
 * where it is absent), eight candidates at a time ({@link LaneDot#dotRows}). Earlier versions
 * summed it in double in index order, so the feature differs from theirs in its float's last bits
 * and agents that read it may break near-ties differently (README, "Speed"). The
 * per-topic features (topic share, "not interested" recency) are computed once per topic of the
 * user, not once per candidate. The item features that do not depend on the user (popularity,
 * like rate, duration, harm) are converted to float once, here, and packed four to an item so a
 * candidate costs one cache line, not five.
 */
final class ObservationEncoder {

    static final int EXTRA_USER_FEATURES = 3;
    private static final int STATIC_FEATURES = 4;
    /** Floats per 64-byte cache line. */
    private static final int LINE_FLOATS = 16;
    /**
     * Embedding tables larger than this many floats (8 MiB) are touched before the cosines
     * ({@link #warm}); smaller ones stay in the core's cache, where the touch pass only costs time
     * (measured: 6% more user-steps per CPU-second without it at 10^4 items, no difference at
     * 4 × 10^4).
     */
    static final int WARM_ABOVE_FLOATS = 1 << 21;

    private final int k;
    private final int d;
    private final int userFeatures;
    private final int dimension;
    private final float[] embeddings;
    /**
     * Per item, the features that depend on the item alone, in the order of their feature indices
     * ({@link ObservationBatch#F_POPULARITY} to {@link ObservationBatch#F_HARM}), which both
     * {@link #writeCandidate} and {@link #itemFeature} follow.
     */
    private final float[] itemFeatures;
    private final int[] topics;
    private final boolean warmRows;
    private final ThreadLocal<Scratch> scratch;

    ObservationEncoder(Catalog catalog, int k) {
        this.k = k;
        this.d = catalog.dimensions();
        this.userFeatures = catalog.dimensions() + EXTRA_USER_FEATURES;
        this.dimension = userFeatures + k * ObservationBatch.CANDIDATE_FEATURES;
        this.embeddings = catalog.embeddingsView();
        this.warmRows = embeddings.length > WARM_ABOVE_FLOATS;
        int n = catalog.size();
        this.itemFeatures = new float[n * STATIC_FEATURES];
        this.topics = new int[n];
        int topicCount = catalog.topicCount();
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(topicCount, k));
        for (int i = 0; i < n; i++) {
            int b = i * STATIC_FEATURES;
            itemFeatures[b] = (float) catalog.popularity(i);
            itemFeatures[b + 1] = (float) catalog.likeRate(i);
            itemFeatures[b + 2] = (float) (catalog.durationSeconds(i) / 60.0);
            itemFeatures[b + 3] = (float) catalog.harm(i);
            topics[i] = catalog.topic(i);
        }
    }

    int userFeatures() {
        return userFeatures;
    }

    int dimension() {
        return dimension;
    }

    /**
     * Feature {@code f} of item {@code item}, for a feature that depends on the item alone
     * ({@link ObservationBatch#isItemFeature}): the float {@link #encodeCandidates} writes.
     */
    float itemFeature(int item, int f) {
        if (!ObservationBatch.isItemFeature(f)) {
            throw new IllegalArgumentException("candidate feature " + f + " depends on the user");
        }
        return itemFeatures[item * STATIC_FEATURES + f - ObservationBatch.F_POPULARITY];
    }

    /** Writes user {@code u}'s user features: the history embedding and the three session features. */
    void encodeUser(UserStates s, int u, float[] out) {
        int o = u * dimension;
        int hb = u * d;
        float[] hist = s.historyEmbedding;
        for (int j = 0; j < d; j++) {
            out[o + j] = hist[hb + j];
        }
        out[o + d] = (float) (s.sessionSeconds[u] / 3600.0);
        out[o + d + 1] = (float) (s.sessionSteps[u] / 100.0);
        out[o + d + 2] = (float) (s.sessions[u] / 10.0);
    }

    /**
     * Writes user {@code u}'s K candidates' features, the costly part of a vector (K cosines of d
     * multiply-adds each), from the user's state as it is now: the population calls it before that
     * state changes again, with the step or on the features' first read ({@code FeedPopulation}).
     */
    void encodeCandidates(UserStates s, int u, float[] out) {
        int hb = u * d;
        float[] hist = s.historyEmbedding;
        double norm = 0;
        for (int j = 0; j < d; j++) {
            float h = hist[hb + j];
            norm += (double) h * h;
        }
        double invNorm = norm > 0 ? 1.0 / Math.sqrt(norm) : 0;
        int hc = s.historyCount[u];
        double invCount = hc > 0 ? 1.0 / hc : 0;
        int cb = u * k;
        int tb = u * s.topics;
        int[] cand = s.candidates;
        int[] topicCount = s.historyTopicCount;
        float[] emb = embeddings;
        int f = u * dimension + userFeatures;
        final int cf = ObservationBatch.CANDIDATE_FEATURES;
        if (warmRows && warm(cand, cb) == Integer.MIN_VALUE) {
            // Never taken in practice, and harmless if it is (the first candidate's features are
            // written below): the branch only keeps the compiler from dropping warm's loads.
            out[f + ObservationBatch.F_HISTORY_COSINE] += 0f;
        }
        // The two per-topic features, once per topic rather than once per candidate (an exp each
        // for the "not interested" recency): the same expressions, so the same floats.
        Scratch scratch = this.scratch.get();
        float[] perTopic = scratch.perTopic;
        int worldTopics = s.topics;
        for (int t = 0; t < worldTopics; t++) {
            perTopic[2 * t] = (float) (topicCount[tb + t] * invCount);
            int mark = s.notInterestedStep[tb + t];
            perTopic[2 * t + 1] = mark < 0 ? 0f
                    : (float) Math.exp(-(s.steps[u] - mark) / ObservationBatch.NOT_INTERESTED_MEMORY_ITEMS);
        }
        float[] dots = scratch.dots;
        LaneDot.dotRows(emb, cand, cb, k, d, hist, hb, dots);
        for (int c = 0; c < k; c++) {
            int item = cand[cb + c];
            writeCandidate(out, f, item, (float) (dots[c] * invNorm), perTopic, topics[item]);
            f += cf;
        }
    }

    /** One thread's working arrays. */
    private static final class Scratch {
        /** The user's topic share and "not interested" recency of each topic, side by side. */
        final float[] perTopic;
        /** The K candidates' embedding rows dotted with the user's history embedding. */
        final float[] dots;

        Scratch(int topics, int k) {
            perTopic = new float[2 * topics];
            dots = new float[k];
        }
    }

    /**
     * Touches every cache line the K candidates' embedding rows, packed features and topics live
     * on, with loads that do not depend on each other, so that on a large catalog (rows out of
     * cache) their misses overlap instead of stalling the cosines as each row is reached.
     * Returns a fold of the loaded bits so the loads are not optimised away.
     */
    private int warm(int[] cand, int cb) {
        float[] emb = embeddings;
        int sink = 0;
        for (int c = 0; c < k; c++) {
            int item = cand[cb + c];
            int b = item * d;
            for (int j = 0; j < d; j += LINE_FLOATS) {
                sink += Float.floatToRawIntBits(emb[b + j]);
            }
            sink += Float.floatToRawIntBits(emb[b + d - 1]) + topics[item]
                    + Float.floatToRawIntBits(itemFeatures[item * STATIC_FEATURES]);
        }
        return sink;
    }

    private void writeCandidate(float[] out, int f, int item, float cosine, float[] perTopic, int topic) {
        int b = item * STATIC_FEATURES;
        out[f + ObservationBatch.F_HISTORY_COSINE] = cosine;
        out[f + ObservationBatch.F_POPULARITY] = itemFeatures[b];
        out[f + ObservationBatch.F_LIKE_RATE] = itemFeatures[b + 1];
        out[f + ObservationBatch.F_DURATION_MINUTES] = itemFeatures[b + 2];
        out[f + ObservationBatch.F_HARM] = itemFeatures[b + 3];
        out[f + ObservationBatch.F_TOPIC_SHARE] = perTopic[2 * topic];
        out[f + ObservationBatch.F_NOT_INTERESTED] = perTopic[2 * topic + 1];
    }
}
