package org.feedgym.env.random;

import java.util.random.RandomGenerator;

/**
 * The LXM generator L64X128MixRandom (Steele &amp; Vigna 2021) with its state readable and
 * restorable, so that an agent can be saved mid-run and continue the same random stream after it
 * is loaded. It reproduces the JDK's {@code L64X128MixRandom} exactly: the same seed gives the same
 * stream of {@code nextLong}, {@code nextInt(bound)}, {@code nextDouble}, {@code nextGaussian} and
 * every other {@link RandomGenerator} method (they are the interface's defaults in both; a test
 * compares the two). The JDK's class keeps its four state words private, hence this copy.
 *
 * <p>Not thread-safe: one generator per agent, user or component, as everywhere in FeedGym.
 */
public final class MixRandom implements RandomGenerator {

    /** Words in {@link #state()}. */
    public static final int STATE_WORDS = 4;

    /** The LCG's multiplier. */
    static final long M = 0xd1342543de82ef95L;
    private static final long GOLDEN_RATIO_64 = 0x9e3779b97f4a7c15L;
    private static final long SILVER_RATIO_64 = 0x6A09E667F3BCC909L;

    /**
     * The state words {a, s, x0, x1} at {@link #offset}: the LCG's additive parameter (always odd),
     * the LCG's state and the xoroshiro128 state. A stand-alone generator owns a four-word array; a
     * view from {@link MixStreams} shares the streams' array.
     */
    private final long[] words;
    private final int offset;

    /** A generator seeded as {@code new L64X128MixRandom(seed)} is. */
    public MixRandom(long seed) {
        this(new long[STATE_WORDS], 0);
        seedInto(words, 0, seed);
    }

    /** A view of the stream whose four state words start at {@code offset} of {@code words}. */
    MixRandom(long[] words, int offset) {
        this.words = words;
        this.offset = offset;
    }

    /** Writes the state of {@code new L64X128MixRandom(seed)} at {@code offset} of {@code words}. */
    static void seedInto(long[] words, int offset, long seed) {
        long z = seed ^ SILVER_RATIO_64;
        long x0 = mixStafford13(z);
        long x1 = mixStafford13(z + GOLDEN_RATIO_64);
        if ((x0 | x1) == 0) {
            x0 = mixStafford13(1 + GOLDEN_RATIO_64);
            x1 = mixStafford13(1 + 2 * GOLDEN_RATIO_64);
        }
        words[offset] = mixMurmur64(z) | 1;
        words[offset + 1] = 1;
        words[offset + 2] = x0;
        words[offset + 3] = x1;
    }

    /** A generator continuing from a state taken with {@link #state()}. */
    public static MixRandom restore(long[] state) {
        if (state == null || state.length != STATE_WORDS) {
            throw new IllegalArgumentException("a generator state is " + STATE_WORDS + " numbers, got "
                    + (state == null ? "none" : state.length));
        }
        if ((state[0] & 1) == 0 || (state[2] | state[3]) == 0) {
            throw new IllegalArgumentException("not a generator state: the first number must be odd and the last"
                    + " two not both zero");
        }
        return new MixRandom(state.clone(), 0);
    }

    /** The current state {a, s, x0, x1}; {@link #restore} continues the stream from it. */
    public long[] state() {
        return java.util.Arrays.copyOfRange(words, offset, offset + STATE_WORDS);
    }

    @Override
    public long nextLong() {
        long[] w = words;
        int o = offset;
        long s = w[o + 1];
        long q0 = w[o + 2];
        long q1 = w[o + 3];
        long result = mixLea64(s + q0);
        w[o + 1] = M * s + w[o];
        q1 ^= q0;
        q0 = Long.rotateLeft(q0, 24);
        q0 = q0 ^ q1 ^ (q1 << 16);
        q1 = Long.rotateLeft(q1, 37);
        w[o + 2] = q0;
        w[o + 3] = q1;
        return result;
    }

    /** The output mix of a state's LCG and xoroshiro words' sum. */
    static long mixLea64(long z) {
        z = (z ^ (z >>> 32)) * 0xdaba0b6eb09322e3L;
        z = (z ^ (z >>> 32)) * 0xdaba0b6eb09322e3L;
        return z ^ (z >>> 32);
    }

    private static long mixMurmur64(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static long mixStafford13(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
