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
        if (dimension < 1 || k < 1 || items < k) {
            throw new IllegalArgumentException("need dimension >= 1, k >= 1 and items >= k; got "
                    + dimension + ", " + k + ", " + items);
        }
    }

    @Override
    public boolean contains(FeedObservation value) {
        if (value == null || value.dimension() != dimension || value.candidateCount() != k) {
            return false;
        }
        for (int j = 0; j < dimension; j++) {
            if (!Float.isFinite(value.feature(j))) {
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
        for (int j = 0; j < dimension; j++) {
            v[j] = random.nextFloat();
        }
        int[] c = random.ints(0, items).distinct().limit(k).toArray();
        return new FeedObservation(v, c);
    }

    @Override
    public String describe() {
        return "Feed(vector=Box(" + dimension + "), candidates=" + k + " of " + items + ")";
    }
}
