package org.feedgym.env;

import java.util.Arrays;

/**
 * One user's observation in the single-user environment: the feature vector (layout in
 * {@link ObservationBatch}) and the catalog indices of the K candidates the actions refer to.
 * Immutable; compares by content.
 */
public final class FeedObservation {

    private final float[] vector;
    private final int[] candidates;

    /** Copies both arrays. */
    public FeedObservation(float[] vector, int[] candidates) {
        this.vector = vector.clone();
        this.candidates = candidates.clone();
    }

    /** A copy of the feature vector. */
    public float[] vector() {
        return vector.clone();
    }

    /** Length of the feature vector. */
    public int dimension() {
        return vector.length;
    }

    /** Feature {@code j}. */
    public float feature(int j) {
        return vector[j];
    }

    /** Number of candidates K. */
    public int candidateCount() {
        return candidates.length;
    }

    /** Catalog index of candidate {@code c}. */
    public int candidate(int c) {
        return candidates[c];
    }

    /** A copy of the candidate indices. */
    public int[] candidates() {
        return candidates.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeedObservation other && Arrays.equals(vector, other.vector)
                && Arrays.equals(candidates, other.candidates);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(vector) + Arrays.hashCode(candidates);
    }

    @Override
    public String toString() {
        return "FeedObservation[dimension=" + vector.length + ", candidates=" + Arrays.toString(candidates) + "]";
    }
}
