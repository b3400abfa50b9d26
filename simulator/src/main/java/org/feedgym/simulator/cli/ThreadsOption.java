package org.feedgym.simulator.cli;

import java.util.OptionalInt;
import picocli.CommandLine.Option;

/**
 * The {@code --threads N} option of the commands that run experiments, as a picocli mixin: one
 * definition, one default (the available processors) and one check.
 */
final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N",
            description = "worker threads (default: available processors); results do not depend on it")
    Integer threads;

    /**
     * The thread count to use, or empty after printing the error when {@code --threads} is below 1
     * (the caller exits with {@link FeedGymCli#EXIT_BAD_INPUT}).
     */
    OptionalInt resolve() {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1) {
            System.err.println("error: --threads must be >= 1, got " + t);
            return OptionalInt.empty();
        }
        return OptionalInt.of(t);
    }
}
