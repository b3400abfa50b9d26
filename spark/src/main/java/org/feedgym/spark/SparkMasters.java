package org.feedgym.spark;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Facts read from a Spark master URL. */
final class SparkMasters {

    // local, local[4], local[*], local[4,3], local[*,3] (Spark's LOCAL_N_REGEX / LOCAL_N_FAILURES_REGEX).
    private static final Pattern LOCAL = Pattern.compile("local(?:\\[([0-9]+|\\*)(?:\\s*,\\s*([0-9]+))?])?");

    private SparkMasters() {
    }

    /** Whether the master runs everything in this JVM ({@code local...}). */
    static boolean isLocal(String master) {
        return LOCAL.matcher(master.strip()).matches();
    }

    /**
     * How many attempts Spark makes of a task. A local master ignores {@code spark.task.maxFailures}:
     * {@code local[N]} tries once, {@code local[N,F]} tries F times. Other masters use
     * {@code spark.task.maxFailures} (Spark's default 4).
     *
     * @param master               the master URL
     * @param configuredMaxFailures {@code spark.task.maxFailures} as configured, or {@code null}
     */
    static int maxFailures(String master, String configuredMaxFailures) {
        Matcher m = LOCAL.matcher(master.strip());
        if (m.matches()) {
            return m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        }
        return configuredMaxFailures == null ? 4 : Integer.parseInt(configuredMaxFailures.strip());
    }

    /** N of {@code local[N]} (processors for {@code *}, 1 for {@code local}), or -1 for a cluster. */
    static int localThreads(String master) {
        Matcher m = LOCAL.matcher(master.strip());
        if (!m.matches()) {
            return -1;
        }
        if (m.group(1) == null) {
            return 1;
        }
        return m.group(1).equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(m.group(1));
    }
}
