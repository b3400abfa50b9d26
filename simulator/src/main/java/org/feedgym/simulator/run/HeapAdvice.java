package org.feedgym.simulator.run;

/**
 * What to tell a user whose run ran out of Java heap: the heap it had, and the JVM options to
 * start again with twice as much (at least 2 GiB), since what a run needs grows with its users, K
 * and agents. The one home of that advice for the command line and the Python serve session.
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
}
