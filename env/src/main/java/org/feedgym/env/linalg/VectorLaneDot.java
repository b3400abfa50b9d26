package org.feedgym.env.linalg;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link LaneDot}'s Vector API implementation: one 256-bit vector of fused multiply-adds (eight
 * float or four double lanes), then the lanes folded in halves, quarters and pairs, which is the
 * scalar implementation's addition order. Only loaded when the {@code jdk.incubator.vector}
 * module is present.
 */
final class VectorLaneDot {

    private static final VectorSpecies<Float> EIGHT = FloatVector.SPECIES_256;
    /** Lane i meets lane i + 4. */
    private static final VectorShuffle<Float> HALVES = VectorShuffle.fromValues(EIGHT, 4, 5, 6, 7, 0, 1, 2, 3);
    /** Lane i meets lane i + 2. */
    private static final VectorShuffle<Float> QUARTERS = VectorShuffle.fromValues(EIGHT, 2, 3, 0, 1, 6, 7, 4, 5);
    /** Lane i meets lane i + 1. */
    private static final VectorShuffle<Float> PAIRS = VectorShuffle.fromValues(EIGHT, 1, 0, 3, 2, 5, 4, 7, 6);

    private static final VectorSpecies<Double> FOUR = DoubleVector.SPECIES_256;
    /** Lane i meets lane i + 2. */
    private static final VectorShuffle<Double> DOUBLE_HALVES = VectorShuffle.fromValues(FOUR, 2, 3, 0, 1);
    /** Lane i meets lane i + 1. */
    private static final VectorShuffle<Double> DOUBLE_PAIRS = VectorShuffle.fromValues(FOUR, 1, 0, 3, 2);

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

    /** The double dot product over {@code d} entries, {@code d} a multiple of 4. */
    static double dot(double[] a, int ao, double[] b, int bo, int d) {
        DoubleVector lanes = DoubleVector.zero(FOUR);
        for (int j = 0; j < d; j += LaneDot.DOUBLE_LANES) {
            lanes = DoubleVector.fromArray(FOUR, a, ao + j).fma(DoubleVector.fromArray(FOUR, b, bo + j), lanes);
        }
        return fold(lanes);
    }

    private static double fold(DoubleVector lanes) {
        DoubleVector folded = lanes.add(lanes.rearrange(DOUBLE_HALVES));
        return folded.add(folded.rearrange(DOUBLE_PAIRS)).lane(0);
    }

    /**
     * {@link LaneDot#lowerGram} for {@code n} a multiple of 4: two rows by four columns at a time,
     * so that six loads feed eight fused multiply-adds.
     */
    static void lowerGram(double[] c, int stride, int m, int n, double[] out) {
        int a = 0;
        for (; a + 1 < m; a += 2) {
            int ca = a * stride;
            int ca1 = ca + stride;
            int row = a * m;
            int row1 = row + m;
            int b = 0;
            for (; b + 3 <= a; b += 4) {
                int c0 = b * stride;
                int c1 = c0 + stride;
                int c2 = c1 + stride;
                int c3 = c2 + stride;
                DoubleVector s0 = DoubleVector.zero(FOUR);
                DoubleVector s1 = s0;
                DoubleVector s2 = s0;
                DoubleVector s3 = s0;
                DoubleVector r0 = s0;
                DoubleVector r1 = s0;
                DoubleVector r2 = s0;
                DoubleVector r3 = s0;
                for (int t = 0; t < n; t += LaneDot.DOUBLE_LANES) {
                    DoubleVector x = DoubleVector.fromArray(FOUR, c, ca + t);
                    DoubleVector y = DoubleVector.fromArray(FOUR, c, ca1 + t);
                    DoubleVector q0 = DoubleVector.fromArray(FOUR, c, c0 + t);
                    DoubleVector q1 = DoubleVector.fromArray(FOUR, c, c1 + t);
                    DoubleVector q2 = DoubleVector.fromArray(FOUR, c, c2 + t);
                    DoubleVector q3 = DoubleVector.fromArray(FOUR, c, c3 + t);
                    s0 = x.fma(q0, s0);
                    s1 = x.fma(q1, s1);
                    s2 = x.fma(q2, s2);
                    s3 = x.fma(q3, s3);
                    r0 = y.fma(q0, r0);
                    r1 = y.fma(q1, r1);
                    r2 = y.fma(q2, r2);
                    r3 = y.fma(q3, r3);
                }
                out[row + b] = fold(s0);
                out[row + b + 1] = fold(s1);
                out[row + b + 2] = fold(s2);
                out[row + b + 3] = fold(s3);
                out[row1 + b] = fold(r0);
                out[row1 + b + 1] = fold(r1);
                out[row1 + b + 2] = fold(r2);
                out[row1 + b + 3] = fold(r3);
            }
            for (; b <= a; b++) {
                out[row + b] = dot(c, ca, c, b * stride, n);
                out[row1 + b] = dot(c, ca1, c, b * stride, n);
            }
            out[row1 + a + 1] = dot(c, ca1, c, ca1, n);
        }
        if (a < m) {
            for (int b = 0; b <= a; b++) {
                out[a * m + b] = dot(c, a * stride, c, b * stride, n);
            }
        }
    }
}
