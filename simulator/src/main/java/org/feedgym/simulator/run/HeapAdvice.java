package org.feedgym.simulator.run;

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

    /** The population refused by {@link org.feedgym.env.world.PopulationTooLarge} in {@code t}'s causes, if any. */
    public static java.util.Optional<org.feedgym.env.world.PopulationTooLarge> tooLarge(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof org.feedgym.env.world.PopulationTooLarge p) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }
}
