package org.feedgym.agents.recommender;

import org.feedgym.agents.registry.AgentFiles;

/**
 * Float arrays in saved form, and checks of a recommender's saved state as it is restored.
 *
 * <p>Float arrays are saved as doubles: Jackson reads a JSON number bound for a float through a
 * double, and rounding twice can move the last bit (7.038531E-26f, written by
 * {@code Float.toString}, comes back as 7.0385313E-26f), whereas a double is read back exactly and
 * a float widened to it narrows back to itself. Each float then takes up to 17 digits instead of 9.
 *
 * <p> Every failure is an
 * {@link IllegalArgumentException} whose message starts with the field's JSON path
 * ({@code $.state.<field>}), which {@link org.feedgym.agents.registry.AgentRegistry#load} reports
 * with the file's name, so a tampered or truncated file is refused with the field and the rule
 * broken rather than failing later with an index out of bounds.
 */
final class StateChecks {

    private StateChecks() {
    }

    /** {@code values} widened to doubles, for saving. */
    static double[] widen(float[] values) {
        double[] d = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            d[i] = values[i];
        }
        return d;
    }

    /** Saved floats narrowed back (exactly, for values that {@link #widen} wrote). */
    static float[] narrow(double[] values) {
        float[] f = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            f[i] = (float) values[i];
        }
        return f;
    }

    /** An error about {@code $.state.<field>}. */
    static IllegalArgumentException invalid(String field, String rule) {
        return new IllegalArgumentException("$.state." + field + " " + rule);
    }

    /** {@code value}, or an error when the field is missing. */
    static <T> T required(String field, T value) {
        if (value == null) {
            throw invalid(field, "is required");
        }
        return value;
    }

    /**
     * Checks a restored array's length, as {@link AgentFiles#checkLength} does, for a size that is
     * a product of saved counts and so may not fit in an int.
     */
    static void length(String field, int actual, long expected) {
        if (expected > Integer.MAX_VALUE) {
            throw invalid(field, "must hold " + expected + " numbers, got " + actual);
        }
        AgentFiles.checkLength(field, actual, (int) expected);
    }

    /** Checks a saved count is &ge; 0. */
    static int count(String field, int value) {
        if (value < 0) {
            throw invalid(field, "must be >= 0, got " + value);
        }
        return value;
    }

    /**
     * Checks the row offsets of a compressed table: {@code rows + 1} offsets from 0, never
     * decreasing, ending at {@code entries}.
     */
    static void offsets(String field, int[] start, int rows, int entries) {
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
    static void sortedRows(String field, int[] start, int[] index, int bound) {
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
}
