package org.feedgym.agents.rl;

/**
 * Which OpenBLAS kernels the neural agents' matrix products run on. OpenBLAS chooses them from the
 * CPU when the process starts, unless {@value #VARIABLE} names them; kernels sum in different
 * orders, so a network trained on one machine's kernels ends a few bits away from the same
 * network trained on another's, and every later draw of its training differs. The launcher, the
 * test JVMs (pom) and Spark executors therefore pin {@value #PINNED}, which runs on every x86-64
 * CPU, so that a config and seed give the same numbers on every machine. The variable is read by
 * the native library at load time: Java can report it, not change it.
 */
public final class BlasKernels {

    /** The environment variable OpenBLAS reads. */
    public static final String VARIABLE = "OPENBLAS_CORETYPE";
    /** The kernels FeedGym pins (OpenBLAS's SSE3 set). */
    public static final String PINNED = "Prescott";

    private BlasKernels() {
    }

    /** The kernels this process asked OpenBLAS for, or null when OpenBLAS chose them from the CPU. */
    public static String requested() {
        String v = System.getenv(VARIABLE);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** Whether this process runs the pinned kernels (case as OpenBLAS compares: ignored). */
    public static boolean pinned() {
        return PINNED.equalsIgnoreCase(requested());
    }

    /**
     * For a run's provenance: for example {@code "Prescott (pinned)"}, {@code "Haswell (OPENBLAS_CORETYPE;
     * neural agents' draws differ from the pinned kernels')"}, or, when unset, that the CPU chose.
     */
    public static String describe() {
        String v = requested();
        if (v == null) {
            return "chosen by OpenBLAS from the CPU (" + VARIABLE + " unset; neural agents' draws may differ"
                    + " from other machines')";
        }
        return pinned() ? v + " (pinned)"
                : v + " (" + VARIABLE + "; neural agents' draws differ from the pinned " + PINNED + " kernels')";
    }
}
