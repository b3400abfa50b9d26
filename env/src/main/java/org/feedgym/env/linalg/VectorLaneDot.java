package org.feedgym.env.linalg;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link LaneDot}'s Vector API implementation: one 8-lane float vector of fused multiply-adds,
 * then the lanes folded in halves, quarters and pairs, which is the scalar implementation's
 * addition order. Only loaded when the {@code jdk.incubator.vector} module is present.
 */
final class VectorLaneDot {

    private static final VectorSpecies<Float> EIGHT = FloatVector.SPECIES_256;
    /** Lane i meets lane i + 4. */
    private static final VectorShuffle<Float> HALVES = VectorShuffle.fromValues(EIGHT, 4, 5, 6, 7, 0, 1, 2, 3);
    /** Lane i meets lane i + 2. */
    private static final VectorShuffle<Float> QUARTERS = VectorShuffle.fromValues(EIGHT, 2, 3, 0, 1, 6, 7, 4, 5);
    /** Lane i meets lane i + 1. */
    private static final VectorShuffle<Float> PAIRS = VectorShuffle.fromValues(EIGHT, 1, 0, 3, 2, 5, 4, 7, 6);

    private VectorLaneDot() {
    }

    /** True when the machine's preferred float vectors hold at least eight lanes (not emulated). */
    static boolean hardwareSupported() {
        return FloatVector.SPECIES_PREFERRED.length() >= EIGHT.length();
    }

    /** The dot product over {@code d} entries, {@code d} a multiple of 8. */
    static float dot(float[] a, int ao, float[] b, int bo, int d) {
        FloatVector lanes = FloatVector.zero(EIGHT);
        for (int j = 0; j < d; j += LaneDot.LANES) {
            lanes = FloatVector.fromArray(EIGHT, a, ao + j).fma(FloatVector.fromArray(EIGHT, b, bo + j), lanes);
        }
        FloatVector folded = lanes.add(lanes.rearrange(HALVES));
        folded = folded.add(folded.rearrange(QUARTERS));
        folded = folded.add(folded.rearrange(PAIRS));
        return folded.lane(0);
    }
}
