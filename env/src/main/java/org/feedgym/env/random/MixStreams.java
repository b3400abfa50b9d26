package org.feedgym.env.random;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * {@code n} independent {@link MixRandom} streams whose states live side by side in one primitive
 * array (four words a stream) instead of in {@code n} objects: a population's per-user generators
 * cost 32 bytes a user and no object header or pointer, and stepping users in order reads their
 * states in order.
 *
 * <p>{@link #at} hands out a view that draws from, and advances, one stream's state in the array;
 * the views of one stream share that state, so a stream gives the same draws as one
 * {@code MixRandom} with the same seed, however many views it is read through. {@link #cursor}
 * hands out a {@link StreamCursor} for a burst of draws in one method, which writes the stream's
 * state back once, when closed. Not thread-safe
 * per stream; different streams may be used from different threads.
 */
public final class MixStreams {

    private final long[] words;

    /** {@code n} streams, every one cleared until {@link #seed} is called for it. */
    public MixStreams(int n) {
        this.words = new long[Math.multiplyExact(n, MixRandom.STATE_WORDS)];
    }

    /** Starts stream {@code i} as {@code new MixRandom(seed)} starts. */
    public void seed(int i, long seed) {
        MixRandom.seedInto(words, i * MixRandom.STATE_WORDS, seed);
    }

    /** A generator drawing from stream {@code i} (a view: it advances the stream's shared state). */
    public RandomGenerator at(int i) {
        return new MixRandom(words, i * MixRandom.STATE_WORDS);
    }

    /** A cursor over stream {@code i}: its draws advance the stream once closed. */
    public StreamCursor cursor(int i) {
        return new StreamCursor(words, i * MixRandom.STATE_WORDS);
    }

    /** How many streams there are. */
    public int size() {
        return words.length / MixRandom.STATE_WORDS;
    }

    /** Stream {@code i}'s current state, as {@link MixRandom#state()} gives it. */
    public long[] state(int i) {
        return Arrays.copyOfRange(words, i * MixRandom.STATE_WORDS, (i + 1) * MixRandom.STATE_WORDS);
    }

    /** Continues stream {@code i} from where {@code generator} stands (a restored, checked state). */
    public void set(int i, MixRandom generator) {
        System.arraycopy(generator.state(), 0, words, i * MixRandom.STATE_WORDS, MixRandom.STATE_WORDS);
    }

    /** Returns stream {@code i} to its state before {@link #seed}. */
    public void clear(int i) {
        Arrays.fill(words, i * MixRandom.STATE_WORDS, (i + 1) * MixRandom.STATE_WORDS, 0L);
    }
}
