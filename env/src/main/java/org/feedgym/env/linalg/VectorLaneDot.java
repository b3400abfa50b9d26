package org.feedgym.env.linalg;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link LaneDot}'s Vector API implementation: 256-bit vectors of fused multiply-adds (eight
 * float or four double lanes), then the lanes added in the scalar implementation's order: a float
 * vector folded in halves, quarters and pairs (for {@link #dotRows}, eight rows' vectors folded
 * together), a double vector's four lanes read and added. Only loaded when the
 * {@code jdk.incubator.vector} module is present.
 *
 * <p>Vectors stay in registers only while every call they pass through is inlined; a vector handed
 * to a call that the JIT leaves out of line is boxed on the heap, which cost {@link #dotRows} 20–28%
 * of the world's speed when its fold was a helper method ({@code bench env}).
 * Code that holds many vectors at once is therefore written out in one method.
 */
final class VectorLaneDot {

    private static final VectorSpecies<Float> EIGHT = FloatVector.SPECIES_256;
    /** Lane i meets lane i + 4. */
    private static final VectorShuffle<Float> HALVES = VectorShuffle.fromValues(EIGHT, 4, 5, 6, 7, 0, 1, 2, 3);
    /** Lane i meets lane i + 2. */
    private static final VectorShuffle<Float> QUARTERS = VectorShuffle.fromValues(EIGHT, 2, 3, 0, 1, 6, 7, 4, 5);
    /** Lane i meets lane i + 1. */
    private static final VectorShuffle<Float> PAIRS = VectorShuffle.fromValues(EIGHT, 1, 0, 3, 2, 5, 4, 7, 6);

    /** Lanes 4–7: where a second vector's half goes when two are folded into one. */
    private static final VectorMask<Float> UPPER_HALF = VectorMask.fromLong(EIGHT, 0b1111_0000);
    /** Lanes 2, 3, 6 and 7. */
    private static final VectorMask<Float> UPPER_QUARTERS = VectorMask.fromLong(EIGHT, 0b1100_1100);
    /** The odd lanes. */
    private static final VectorMask<Float> ODD = VectorMask.fromLong(EIGHT, 0b1010_1010);
    /**
     * After {@link #dotRows}' eight-row fold, lane i holds the sum of row ROW_ORDER[i]; the order
     * is its own inverse, so rearranging by it puts row i's sum in lane i.
     */
    private static final VectorShuffle<Float> ROW_ORDER = VectorShuffle.fromValues(EIGHT, 0, 4, 2, 6, 1, 5, 3, 7);

    private static final VectorSpecies<Double> FOUR = DoubleVector.SPECIES_256;

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

    /**
     * {@link LaneDot#dotRows} for {@code d} a multiple of 8: eight rows at a time, each row's lanes
     * accumulated as {@link #dot} accumulates them (the shared vector {@code b} loaded once per
     * eight rows), then the eight rows' lanes folded together, two rows sharing a vector at each
     * level: the same additions, {@code ((l0 + l4) + (l2 + l6)) + ((l1 + l5) + (l3 + l7))}, as
     * eight separate folds (an addition's operands may swap sides: IEEE addition is commutative),
     * in 15 shuffles instead of 24. Rows left over go one at a time.
     */
    static void dotRows(float[] a, int[] rows, int rowsOffset, int count, int d, float[] b, int bo, float[] out) {
        int c = 0;
        for (; c + LaneDot.LANES <= count; c += LaneDot.LANES) {
            int r = rowsOffset + c;
            int o0 = rows[r] * d;
            int o1 = rows[r + 1] * d;
            int o2 = rows[r + 2] * d;
            int o3 = rows[r + 3] * d;
            int o4 = rows[r + 4] * d;
            int o5 = rows[r + 5] * d;
            int o6 = rows[r + 6] * d;
            int o7 = rows[r + 7] * d;
            FloatVector s0 = FloatVector.zero(EIGHT);
            FloatVector s1 = s0;
            FloatVector s2 = s0;
            FloatVector s3 = s0;
            FloatVector s4 = s0;
            FloatVector s5 = s0;
            FloatVector s6 = s0;
            FloatVector s7 = s0;
            for (int j = 0; j < d; j += LaneDot.LANES) {
                FloatVector h = FloatVector.fromArray(EIGHT, b, bo + j);
                s0 = FloatVector.fromArray(EIGHT, a, o0 + j).fma(h, s0);
                s1 = FloatVector.fromArray(EIGHT, a, o1 + j).fma(h, s1);
                s2 = FloatVector.fromArray(EIGHT, a, o2 + j).fma(h, s2);
                s3 = FloatVector.fromArray(EIGHT, a, o3 + j).fma(h, s3);
                s4 = FloatVector.fromArray(EIGHT, a, o4 + j).fma(h, s4);
                s5 = FloatVector.fromArray(EIGHT, a, o5 + j).fma(h, s5);
                s6 = FloatVector.fromArray(EIGHT, a, o6 + j).fma(h, s6);
                s7 = FloatVector.fromArray(EIGHT, a, o7 + j).fma(h, s7);
            }
            // The eight folds together, written out here (class comment).
            // Halves: row x's lanes i and i + 4 in lane i, row y's in lane i + 4.
            FloatVector h01 = s0.blend(s1.rearrange(HALVES), UPPER_HALF)
                    .add(s0.rearrange(HALVES).blend(s1, UPPER_HALF));
            FloatVector h23 = s2.blend(s3.rearrange(HALVES), UPPER_HALF)
                    .add(s2.rearrange(HALVES).blend(s3, UPPER_HALF));
            FloatVector h45 = s4.blend(s5.rearrange(HALVES), UPPER_HALF)
                    .add(s4.rearrange(HALVES).blend(s5, UPPER_HALF));
            FloatVector h67 = s6.blend(s7.rearrange(HALVES), UPPER_HALF)
                    .add(s6.rearrange(HALVES).blend(s7, UPPER_HALF));
            // Quarters: rows 0, 2, 1, 3 (two lanes each, in that order), then rows 4, 6, 5, 7.
            FloatVector q0213 = h01.blend(h23.rearrange(QUARTERS), UPPER_QUARTERS)
                    .add(h01.rearrange(QUARTERS).blend(h23, UPPER_QUARTERS));
            FloatVector q4657 = h45.blend(h67.rearrange(QUARTERS), UPPER_QUARTERS)
                    .add(h45.rearrange(QUARTERS).blend(h67, UPPER_QUARTERS));
            // Pairs: rows 0, 4, 2, 6, 1, 5, 3, 7, one lane each; then in row order.
            q0213.blend(q4657.rearrange(PAIRS), ODD).add(q0213.rearrange(PAIRS).blend(q4657, ODD))
                    .rearrange(ROW_ORDER).intoArray(out, c);
        }
        for (; c < count; c++) {
            out[c] = dot(a, rows[rowsOffset + c] * d, b, bo, d);
        }
    }

    /** The double dot product over {@code d} entries, {@code d} a multiple of 4. */
    static double dot(double[] a, int ao, double[] b, int bo, int d) {
        DoubleVector lanes = DoubleVector.zero(FOUR);
        for (int j = 0; j < d; j += LaneDot.DOUBLE_LANES) {
            lanes = DoubleVector.fromArray(FOUR, a, ao + j).fma(DoubleVector.fromArray(FOUR, b, bo + j), lanes);
        }
        return fold(lanes);
    }

    /**
     * The four lanes' sum, {@code (l0 + l2) + (l1 + l3)}, from the lanes read one by one: the JDK
     * this runs on does not compile a rearrangement of double lanes to SIMD code here, so one boxes
     * its vectors (JFR: {@link #lowerGram}, which calls this, was then the largest allocation site
     * of a 20,000-user day). Small enough that the JIT inlines it wherever it is called (under 35
     * bytes of bytecode).
     */
    private static double fold(DoubleVector lanes) {
        return (lanes.lane(0) + lanes.lane(2)) + (lanes.lane(1) + lanes.lane(3));
    }

    /**
     * {@link LaneDot#dots} for {@code n} a multiple of 4: four columns at a time, each with its own
     * accumulator, the vector loaded once for them.
     */
    static void dots(double[] x, int xo, double[] c, int stride, int m, int n, double[] out) {
        int a = 0;
        for (; a + 4 <= m; a += 4) {
            int c0 = a * stride;
            int c1 = c0 + stride;
            int c2 = c1 + stride;
            int c3 = c2 + stride;
            DoubleVector s0 = DoubleVector.zero(FOUR);
            DoubleVector s1 = s0;
            DoubleVector s2 = s0;
            DoubleVector s3 = s0;
            for (int t = 0; t < n; t += LaneDot.DOUBLE_LANES) {
                DoubleVector v = DoubleVector.fromArray(FOUR, x, xo + t);
                s0 = v.fma(DoubleVector.fromArray(FOUR, c, c0 + t), s0);
                s1 = v.fma(DoubleVector.fromArray(FOUR, c, c1 + t), s1);
                s2 = v.fma(DoubleVector.fromArray(FOUR, c, c2 + t), s2);
                s3 = v.fma(DoubleVector.fromArray(FOUR, c, c3 + t), s3);
            }
            out[a] = fold(s0);
            out[a + 1] = fold(s1);
            out[a + 2] = fold(s2);
            out[a + 3] = fold(s3);
        }
        for (; a < m; a++) {
            out[a] = dot(x, xo, c, a * stride, n);
        }
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
