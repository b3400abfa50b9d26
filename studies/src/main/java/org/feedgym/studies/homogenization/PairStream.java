package org.feedgym.studies.homogenization;

import java.util.random.RandomGenerator;
import org.feedgym.env.random.Seeds;

/**
 * A small re-seedable SplitMix64 stream for counter-based randomness: the draws for "user 17,
 * item 342" or "user 17's list at step 40" come from a stream seeded by hashing those indices,
 * so a value does not depend on the order, thread or number of times it is evaluated, and
 * re-seeding a reused instance allocates nothing (a new {@code L64X128MixRandom} per user-item
 * pair would allocate in the hot loop). Every seed is derived from the run's root seed.
 *
 * <p>Not thread-safe: one instance per worker.
 */
final class PairStream implements RandomGenerator {

    private long state;

    /** A stream positioned at the start of {@code seed}'s sequence. */
    PairStream(long seed) {
        reset(seed);
    }

    /** Restarts the stream at the start of {@code seed}'s sequence. */
    void reset(long seed) {
        state = seed;
    }

    /** Restarts the stream at the sequence of {@code (base, a, b)}, distinct for distinct (a, b). */
    void reset(long base, int a, int b) {
        state = seedOf(base, a, b);
    }

    /** The seed of the sequence {@code (base, a, b)}: distinct (a, b) give distinct seeds. */
    static long seedOf(long base, int a, int b) {
        // (a, b) -> 64-bit key is injective, and mix and xor with a constant are bijections.
        return Seeds.mix(base ^ Seeds.mix(((long) a << 32) | (b & 0xFFFFFFFFL)));
    }

    @Override
    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        return Seeds.mix(z);
    }
}
