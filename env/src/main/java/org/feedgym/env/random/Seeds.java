package org.feedgym.env.random;

import java.nio.charset.StandardCharsets;

/**
 * Derives independent seeds and generators from a root seed.
 *
 * <p>Seeds are derived by hashing (root, component name, index) through SplitMix64's finaliser,
 * so the generator of "user 17 of replicate 2" is the same whatever order or thread it is created
 * on. Generators are {@link MixRandom}s: the JDK 17 {@code L64X128MixRandom} algorithm (an LXM
 * generator) with a state that can be saved and restored.
 */
public final class Seeds {

    /** The algorithm of every generator FeedGym creates. */
    public static final String ALGORITHM = "L64X128MixRandom";

    private Seeds() {
    }

    /**
     * A seed for a named component of a run.
     *
     * @param root      the run's root seed
     * @param component a stable component name such as {@code "catalog"} or {@code "users"}
     * @param index     an index within the component (user number, replicate), or 0
     * @return a well-mixed 64-bit seed
     */
    public static long derive(long root, String component, long index) {
        long h = mix(root ^ 0x9E3779B97F4A7C15L);
        for (byte b : component.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ (b & 0xFF));
        }
        return mix(h ^ mix(index + 0x632BE59BD9B4E019L));
    }

    /** A new generator seeded with {@code seed}. */
    public static MixRandom generator(long seed) {
        return new MixRandom(seed);
    }

    /** A new generator for a named component of a run; see {@link #derive}. */
    public static MixRandom generator(long root, String component, long index) {
        return generator(derive(root, component, index));
    }

    /** SplitMix64's finaliser: a bijective 64-bit mixing function. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
