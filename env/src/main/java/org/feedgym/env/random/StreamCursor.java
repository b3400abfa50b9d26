package org.feedgym.env.random;

import java.util.random.RandomGenerator;

/**
 * One {@link MixStreams} stream's state copied into fields for a burst of draws, then written
 * back with {@link #close}: the same draws as the stream's {@link MixStreams#at view} and as the
 * JDK's {@code L64X128MixRandom} (a test compares them), without loading and storing the state in
 * the streams' array on every draw. Open, draw and close it in one method: the JIT then keeps the
 * state in registers and allocates no cursor (the world's candidate generation and response
 * draws use it; README, "Speed", has the measurement).
 *
 * <p>{@link #nextInt(int)} and {@link #nextDouble()} restate the JDK's default algorithms in this
 * class so they inline; the other draws are the interface's defaults over {@link #nextLong()}.
 * Draws made after {@link #close} are lost to the stream.
 */
public final class StreamCursor implements RandomGenerator {

    private final long[] words;
    private final int offset;
    private final long a;
    private long s;
    private long x0;
    private long x1;
    /** The last bound that is not a power of two {@link #nextInt(int)} was given; 0 before the first. */
    private int lastBound;
    /** {@link #reciprocal} of {@link #lastBound}. */
    private long lastReciprocal;

    StreamCursor(long[] words, int offset) {
        this.words = words;
        this.offset = offset;
        this.a = words[offset];
        this.s = words[offset + 1];
        this.x0 = words[offset + 2];
        this.x1 = words[offset + 3];
    }

    /** As {@link MixRandom#nextLong()}. */
    @Override
    public long nextLong() {
        long result = MixRandom.mixLea64(s + x0);
        s = MixRandom.M * s + a;
        long q0 = x0;
        long q1 = x1 ^ q0;
        q0 = Long.rotateLeft(q0, 24);
        x0 = q0 ^ q1 ^ (q1 << 16);
        x1 = Long.rotateLeft(q1, 37);
        return result;
    }

    /** As {@link java.util.random.RandomGenerator#nextDouble()}: the top 53 bits, scaled to [0, 1). */
    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /**
     * As {@link java.util.random.RandomGenerator#nextInt(int)} on the stream: the JDK's bounded
     * draw (a mask for powers of two, otherwise the remainder of the top 31 bits, redrawn when it
     * falls in the over-represented tail). Written as one loop with one call of {@link #nextLong}
     * so that the JIT inlines it: a second, rarely taken call for the redraw stays a call, which
     * hands the cursor on and keeps it from being kept in registers ({@link #reciprocal} and
     * {@link #remainder} are small static methods, inlined). The remainder is computed by
     * multiplication, which gives the same number as {@code %} without a division on every draw:
     * a burst of draws mostly repeats one bound, whose reciprocal is kept.
     *
     * @param bound positive
     */
    @Override
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        int m = bound - 1;
        boolean powerOfTwo = (bound & m) == 0;
        if (!powerOfTwo && bound != lastBound) {
            lastBound = bound;
            lastReciprocal = reciprocal(bound);
        }
        long reciprocal = lastReciprocal;
        while (true) {
            int r = (int) (nextLong() >>> 32);
            if (powerOfTwo) {
                return r & m;
            }
            int u = r >>> 1;
            int q = remainder(u, bound, reciprocal);
            if (u + m - q >= 0) {
                return q;
            }
        }
    }

    /**
     * {@code ⌈2^64 / d⌉} modulo 2^64, for {@link #remainder}: Lemire, Kaser and Kurz, "Faster
     * remainder by direct computation" (Software: Practice and Experience, 2019).
     *
     * @param d positive
     */
    static long reciprocal(int d) {
        return Long.divideUnsigned(-1L, d) + 1;
    }

    /**
     * {@code u % d} for {@code u ≥ 0} and {@code d > 0}, as the high 64 bits of the fractional part
     * {@code reciprocal · u} (mod 2^64) times {@code d}: exact for every 32-bit {@code u} and
     * {@code d} (the paper above; {@code StreamCursorTest} compares it with {@code %}).
     */
    static int remainder(int u, int d, long reciprocal) {
        long fraction = reciprocal * u;
        // The unsigned high product: the signed one, plus d when the fraction's top bit is set.
        return (int) (Math.multiplyHigh(fraction, d) + ((fraction >> 63) & d));
    }

    /** Writes the advanced state back to the stream. */
    public void close() {
        words[offset + 1] = s;
        words[offset + 2] = x0;
        words[offset + 3] = x1;
    }
}
