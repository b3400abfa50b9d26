package org.feedgym.simulator.run;

import java.util.Optional;
import org.feedgym.env.world.PopulationTooLarge;

/**
 * What to tell a user whose run ran out of Java heap: the heap it had, and the JVM options to
 * start again with twice as much (at least 2 GiB), since what a run needs grows with its users, K
 * and agents; and for a population refused before it was built, 2.5 times what it needs. The one home
 * of that advice for the command line and the Python serve session.
 */
public final class HeapAdvice {

    private HeapAdvice() {
    }

    /** The JVM's maximum heap in MiB. */
    public static long maxMiB() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    /** The options to set in {@code FEEDGYM_JAVA_OPTS}: twice this heap, at least 2 GiB. */
    public static String options() {
        return "-Xmx" + Math.max(2, (2 * maxMiB() + 1023) / 1024) + "g -XX:+UseParallelGC";
    }

    /**
     * The options for a run whose population alone needs {@code neededBytes}: two and a half times
     * that in whole GiB (its agents and records need room beside it: the 10^6-user day of
     * {@code population-1e5.json} needs 1,374 MiB for its population and runs in 3.5 GiB, not in
     * 3), at least 2 GiB.
     */
    public static String optionsFor(long neededBytes) {
        long gib = (5 * neededBytes / 2 + (1L << 30) - 1) >> 30;
        return "-Xmx" + Math.max(2, gib) + "g -XX:+UseParallelGC";
    }

    /** The population refused by {@link PopulationTooLarge} in {@code t}'s causes, if any. */
    public static Optional<PopulationTooLarge> tooLarge(Throwable t) {
        return cause(t, PopulationTooLarge.class);
    }

    /** Whether {@code t} or one of its causes is the heap running out (a pool rethrows it wrapped). */
    public static boolean outOfHeap(Throwable t) {
        return cause(t, OutOfMemoryError.class).isPresent();
    }

    /** The first of {@code t} and its causes that is a {@code type}. */
    private static <T extends Throwable> Optional<T> cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return Optional.of(type.cast(c));
            }
        }
        return Optional.empty();
    }
}
