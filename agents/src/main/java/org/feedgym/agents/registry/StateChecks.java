package org.feedgym.agents.registry;

import org.feedgym.env.random.MixRandom;

/**
 * Checks of a saved agent's state as it is restored, shared by every type. Every failure is an
 * {@link IllegalArgumentException} whose message starts with the field's JSON path
 * ({@code $.state.<field>}), which {@link AgentRegistry#load} reports with the file's name, so a
 * tampered, truncated or mismatched file is refused with the field and the rule broken rather
 * than failing later with an index out of bounds.
 *
 * <p>Float arrays are saved as doubles ({@link #widen}, {@link #narrow}): Jackson reads a JSON
 * number bound for a float through a double, and rounding twice can move the last bit
 * (7.038531E-26f, written by {@code Float.toString}, comes back as 7.0385313E-26f), whereas a
 * double is read back exactly and a float widened to it narrows back to itself.
 */
public final class StateChecks {

    private StateChecks() {
    }

    /** The JSON path of a state field, e.g. {@code $.state.arms.pulls}. */
    public static String path(String field) {
        return "$.state." + field;
    }

    /** {@code value}, or an error when the field is missing. */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(path(field) + " is required");
        }
        return value;
    }

    /** Non-negative counts, exactly {@code length} of them. */
    public static long[] counts(String field, long[] values, int length) {
        required(field, values);
        length(field, values.length, length);
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0) {
                throw new IllegalArgumentException(path(field) + "[" + i + "] must be >= 0, got " + values[i]);
            }
        }
        return values;
    }

    /** Finite numbers, exactly {@code length} of them. */
    public static double[] finite(String field, double[] values, int length) {
        required(field, values);
        length(field, values.length, length);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(path(field) + "[" + i + "] must be finite, got " + values[i]);
            }
        }
        return values;
    }

    /** Finite numbers &ge; 0, exactly {@code length} of them. */
    public static double[] nonNegative(String field, double[] values, int length) {
        finite(field, values, length);
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0) {
                throw new IllegalArgumentException(path(field) + "[" + i + "] must be >= 0, got " + values[i]);
            }
        }
        return values;
    }

    /** An index in [0, bound). */
    public static int index(String field, int value, int bound) {
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
    public static int nextUser(String field, int user, int users, int limit) {
        if (user < users || user >= limit) {
            throw new IllegalArgumentException(path(field) + " must be in [" + users + ", " + limit
                    + ") (users in increasing order), got " + user);
        }
        return user + 1;
    }

    /** {@code values} widened to doubles, for saving. */
    public static double[] widen(float[] values) {
        double[] d = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            d[i] = values[i];
        }
        return d;
    }

    /** Saved floats narrowed back (exactly, for values that {@link #widen} wrote). */
    public static float[] narrow(double[] values) {
        float[] f = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            f[i] = (float) values[i];
        }
        return f;
    }

    /** An error about {@code $.state.<field>}. */
    public static IllegalArgumentException invalid(String field, String rule) {
        return new IllegalArgumentException(path(field) + " " + rule);
    }

    /**
     * Checks a restored array's length; {@code expected} may be a product of saved counts that
     * does not fit in an int.
     */
    public static void length(String field, int actual, long expected) {
        if (actual != expected) {
            throw invalid(field, "must hold " + expected + " numbers, got " + actual);
        }
    }

    /** A generator continuing from a saved state. */
    public static MixRandom generator(String field, long[] state) {
        try {
            return MixRandom.restore(required(field, state));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path(field) + ": " + e.getMessage(), e);
        }
    }

    /** Checks a saved count is &ge; 0. */
    public static int count(String field, int value) {
        if (value < 0) {
            throw invalid(field, "must be >= 0, got " + value);
        }
        return value;
    }

    /**
     * Checks the row offsets of a compressed table: {@code rows + 1} offsets from 0, never
     * decreasing, ending at {@code entries}.
     */
    public static void offsets(String field, int[] start, int rows, int entries) {
        length(field, start.length, (long) rows + 1);
        if (start[0] != 0) {
            throw invalid(field + "[0]", "must be 0, got " + start[0]);
        }
        for (int r = 0; r < rows; r++) {
            if (start[r + 1] < start[r]) {
                throw invalid(field + "[" + (r + 1) + "]", "must be >= the offset before it (" + start[r]
                        + "), got " + start[r + 1]);
            }
        }
        if (start[rows] != entries) {
            throw invalid(field + "[" + rows + "]", "must equal the number of entries (" + entries + "), got "
                    + start[rows]);
        }
    }

    /**
     * Checks the indices of a compressed table: each in [0, bound) and strictly increasing within
     * a row (lookups binary-search a row).
     */
    public static void sortedRows(String field, int[] start, int[] index, int bound) {
        for (int r = 0; r + 1 < start.length; r++) {
            for (int p = start[r]; p < start[r + 1]; p++) {
                if (index[p] < 0 || index[p] >= bound) {
                    throw invalid(field + "[" + p + "]", "must be an index in [0, " + bound + "), got " + index[p]);
                }
                if (p > start[r] && index[p] <= index[p - 1]) {
                    throw invalid(field + "[" + p + "]", "must be greater than the index before it in its row ("
                            + index[p - 1] + "), got " + index[p]);
                }
            }
        }
    }

    /**
     * Checks a compressed table restored from {@code $.state}: {@code start} holds rows + 1
     * offsets (at least one), {@code index} and {@code values} one entry per offset step, indices
     * in [0, bound) and increasing within a row.
     *
     * @param bound the index bound, or -1 for the row count (a square table)
     * @return the number of rows
     */
    public static int compressedRows(String startField, int[] start, String indexField, int[] index,
                                     String valuesField, double[] values, int bound) {
        required(startField, start);
        required(indexField, index);
        required(valuesField, values);
        if (start.length == 0) {
            throw invalid(startField, "must hold rows + 1 offsets, got none");
        }
        int rows = start.length - 1;
        offsets(startField, start, rows, index.length);
        length(valuesField, values.length, index.length);
        sortedRows(indexField, start, index, bound < 0 ? rows : bound);
        return rows;
    }
}
