package org.feedgym.agents.bandit;

import org.feedgym.agents.registry.AgentFiles;

/**
 * Checks of a saved bandit state as it is restored. Every message starts with the JSON path of
 * the field (from {@code $.state}), which the registry reports with the file's name, so a
 * tampered or mismatched file fails with the field and the rule rather than with an index out of
 * bounds later.
 */
final class StateChecks {

    private StateChecks() {
    }

    /** The JSON path of a state field, e.g. {@code $.state.arms.pulls}. */
    static String path(String field) {
        return "$.state." + field;
    }

    /** {@code value}, or an error when the field is missing. */
    static <T> T required(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(path(field) + " is required");
        }
        return value;
    }

    /** Non-negative counts, exactly {@code length} of them. */
    static long[] counts(String field, long[] values, int length) {
        required(field, values);
        AgentFiles.checkLength(field, values.length, length);
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0) {
                throw new IllegalArgumentException(path(field) + "[" + i + "] must be >= 0, got " + values[i]);
            }
        }
        return values;
    }

    /** Finite numbers, exactly {@code length} of them. */
    static double[] finite(String field, double[] values, int length) {
        required(field, values);
        AgentFiles.checkLength(field, values.length, length);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(path(field) + "[" + i + "] must be finite, got " + values[i]);
            }
        }
        return values;
    }

    /** Finite numbers &ge; 0, exactly {@code length} of them. */
    static double[] nonNegative(String field, double[] values, int length) {
        finite(field, values, length);
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0) {
                throw new IllegalArgumentException(path(field) + "[" + i + "] must be >= 0, got " + values[i]);
            }
        }
        return values;
    }

    /** An index in [0, bound). */
    static int index(String field, int value, int bound) {
        if (value < 0 || value >= bound) {
            throw new IllegalArgumentException(path(field) + " must be in [0, " + bound + "), got " + value);
        }
        return value;
    }

    /**
     * Checks the user of a pending pull, listed in increasing user order.
     *
     * @param users the number of users the pulls before it cover (the previous user + 1)
     * @param limit the bound users stay below, so per-user arrays can be allocated
     * @return the number of users covered with this one
     */
    static int nextUser(String field, int user, int users, int limit) {
        if (user < users || user >= limit) {
            throw new IllegalArgumentException(path(field) + " must be in [" + users + ", " + limit
                    + ") (users in increasing order), got " + user);
        }
        return user + 1;
    }
}
