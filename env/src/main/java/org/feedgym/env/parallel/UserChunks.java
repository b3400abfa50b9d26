package org.feedgym.env.parallel;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Runs per-user work over users {@code 0..n−1} in fixed chunks of {@link #CHUNK} consecutive users,
 * on a pool or on the calling thread. The chunks are fixed by the user count alone, so a body
 * whose work for a user reads and writes only that user's state (and scratch of its own chunk)
 * gives the same results whatever the pool and its size.
 */
public final class UserChunks {

    /** Users per chunk: large enough that a chunk's scratch and its task cost little per user. */
    public static final int CHUNK = 256;

    /** The work of one chunk: users {@code from} (inclusive) to {@code to} (exclusive). */
    @FunctionalInterface
    public interface Body {
        /** Does the work of users {@code from..to−1}. */
        void run(int from, int to);
    }

    private UserChunks() {
    }

    /**
     * Runs {@code body} over users {@code 0..n−1}: chunk by chunk on the calling thread when
     * {@code pool} is null or there is one chunk only, otherwise the chunks in parallel on
     * {@code pool}, returning once all have finished.
     *
     * @param pool the pool, or null for the calling thread
     * @param n    number of users, &ge; 0
     */
    public static void forEach(ForkJoinPool pool, int n, Body body) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        int chunks = (n + CHUNK - 1) / CHUNK;
        if (pool == null || chunks <= 1) {
            for (int c = 0; c < chunks; c++) {
                body.run(c * CHUNK, Math.min(n, (c + 1) * CHUNK));
            }
            return;
        }
        pool.submit(() -> IntStream.range(0, chunks).parallel()
                .forEach(c -> body.run(c * CHUNK, Math.min(n, (c + 1) * CHUNK)))).join();
    }

    /** Runs {@code body} for each user {@code 0..n−1}, as {@link #forEach(ForkJoinPool, int, Body)} splits them. */
    public static void forEachUser(ForkJoinPool pool, int n, java.util.function.IntConsumer body) {
        forEach(pool, n, (from, to) -> {
            for (int u = from; u < to; u++) {
                body.accept(u);
            }
        });
    }
}
