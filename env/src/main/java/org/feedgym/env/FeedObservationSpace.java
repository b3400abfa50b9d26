package org.feedgym.env;

import java.util.random.RandomGenerator;
import org.feedgym.env.Space;

/**
 * Observations of a feed environment: a finite vector of {@code dimension} floats and
 * {@code k} distinct candidate indices in [0, items).
 *
 * @param dimension vector length
 * @param k         candidates per observation
 * @param items     catalog size
 */
public record FeedObservationSpace(int dimension, int k, int items) implements Space<FeedObservation> {

    public FeedObservationSpace {
        if (k < 1 || items < k || dimension < k * ObservationBatch.CANDIDATE_FEATURES + 3) {
            throw new IllegalArgumentException("need k >= 1, items >= k and dimension >= "
                    + ObservationBatch.CANDIDATE_FEATURES + "k + 3; got "
                    + dimension + ", " + k + ", " + items);
        }
    }

    /**
     * Slack for float rounding at a bound (a cosine of 1.0000001, say): {@link #contains} accepts
     * values up to this far outside {@link #low()} and {@link #high()}.
     */
    public static final float SLACK = 1e-4f;

    /**
     * The lower bound of each feature, from the layout documented in {@link ObservationBatch}:
     * −1 for the history embedding and the history cosines, 0 for every other feature.
     */
    public float[] low() {
        float[] low = new float[dimension];
        int userFeatures = dimension - k * ObservationBatch.CANDIDATE_FEATURES;
        int d = userFeatures - 3;
        for (int j = 0; j < d; j++) {
            low[j] = -1f;
        }
        for (int c = 0; c < k; c++) {
            low[userFeatures + c * ObservationBatch.CANDIDATE_FEATURES + ObservationBatch.F_HISTORY_COSINE] = -1f;
        }
        return low;
    }

    /**
     * The upper bound of each feature: 1 for the history embedding, cosines, popularity, like
     * rate, harm, topic share and "not interested" recency; unbounded for minutes, steps, sessions and durations.
     */
    public float[] high() {
        float[] high = new float[dimension];
        java.util.Arrays.fill(high, 1f);
        int userFeatures = dimension - k * ObservationBatch.CANDIDATE_FEATURES;
        for (int j = userFeatures - 3; j < userFeatures; j++) {
            high[j] = Float.POSITIVE_INFINITY;
        }
        for (int c = 0; c < k; c++) {
            high[userFeatures + c * ObservationBatch.CANDIDATE_FEATURES + ObservationBatch.F_DURATION_MINUTES] =
                    Float.POSITIVE_INFINITY;
        }
        return high;
    }

    @Override
    public boolean contains(FeedObservation value) {
        if (value == null || value.dimension() != dimension || value.candidateCount() != k) {
            return false;
        }
        float[] low = low();
        float[] high = high();
        for (int j = 0; j < dimension; j++) {
            float x = value.feature(j);
            if (!Float.isFinite(x) || x < low[j] - SLACK || x > high[j] + SLACK) {
                return false;
            }
        }
        java.util.BitSet seen = new java.util.BitSet(items);
        for (int c = 0; c < k; c++) {
            int item = value.candidate(c);
            if (item < 0 || item >= items || seen.get(item)) {
                return false;
            }
            seen.set(item);
        }
        return true;
    }

    @Override
    public FeedObservation sample(RandomGenerator random) {
        float[] v = new float[dimension];
        float[] low = low();
        for (int j = 0; j < dimension; j++) {
            v[j] = low[j] + random.nextFloat() * (1f - low[j]);
        }
        int[] c = random.ints(0, items).distinct().limit(k).toArray();
        return new FeedObservation(v, c);
    }

    @Override
    public String describe() {
        return "Feed(vector=Box(" + dimension + "), candidates=" + k + " of " + items + ")";
    }
}
