package org.feedgym.simulator.cli;

import java.util.OptionalInt;
import picocli.CommandLine.Option;

/**
 * The {@code --threads N} option of the commands that run experiments, as a picocli mixin: one
 * definition, one default (the available processors) and one check, {@link #resolve(Integer)},
 * which {@code bench} and {@code reproduce} (whose {@code --threads} is described differently) call
 * too.
 */
public final class ThreadsOption {

    /**
     * The most worker threads: a {@link java.util.concurrent.ForkJoinPool}'s parallelism limit
     * (32767); a larger pool is refused by its constructor.
     */
    public static final int MAX = 32_767;

    @Option(names = "--threads", paramLabel = "N",
            description = "worker threads, in [1, " + MAX + "] (default: available processors); results do not"
                    + " depend on it")
    Integer threads;

    /** Whether {@code threads} is a worker count a pool can have: in [1, {@value #MAX}]. */
    public static boolean inRange(int threads) {
        return threads >= 1 && threads <= MAX;
    }

    /**
     * The thread count to use, or empty after printing the error when {@code --threads} is outside
     * [1, {@value #MAX}] (the caller exits with {@link FeedGymCli#EXIT_BAD_INPUT}).
     */
    OptionalInt resolve() {
        return resolve(threads);
    }

    /**
     * {@code threads}, or the available processors when it is null; empty after printing
     * {@code error: --threads must be in [1, 32767], got N} when it is outside that range.
     */
    static OptionalInt resolve(Integer threads) {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (!inRange(t)) {
            System.err.println("error: --threads must be in [1, " + MAX + "], got " + t);
            return OptionalInt.empty();
        }
        return OptionalInt.of(t);
    }
}
