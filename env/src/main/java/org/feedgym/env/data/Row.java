package org.feedgym.env.data;

import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * One data row as a reader sees it: typed access by column name, with the rules shared by every
 * reader. A required value that is missing ({@code ""}, blank, {@code #N/A}, and for numbers
 * also {@code NA}, {@code N/A}, {@code NaN}, {@code null}) skips the row (or fails in strict
 * mode); a value of the wrong type fails with the file, line, column and rule.
 */
final class Row {

    private static final Set<String> MISSING_NUMBER = Set.of("", "#N/A", "NA", "N/A", "NaN", "nan", "null", "NULL");

    /** Thrown to abandon a row; carries the reason counted in the report. Stackless. */
    static final class Skip extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String reason;
        final String column;

        Skip(String reason, String column) {
            super(reason, null, false, false);
            this.reason = reason;
            this.column = column;
        }
    }

    private final String file;
    private final Map<String, Integer> columns;
    private final CsvTable.Counter notes;
    private CSVRecord record;
    private long line;

    Row(String file, Map<String, Integer> columns, CsvTable.Counter notes) {
        this.file = file;
        this.columns = columns;
        this.notes = notes;
    }

    void reset(CSVRecord r, long startLine) {
        this.record = r;
        this.line = startLine;
    }

    /** 1-based line where this row starts. */
    long line() {
        return line;
    }

    /** The file name used in messages. */
    String file() {
        return file;
    }

    /** True when the file has this column. */
    boolean has(String column) {
        return columns.containsKey(column);
    }

    /**
     * The raw value ({@code ""} when the column is absent), bare CRs restored; in the row's last
     * field, bare CRs at its end are dropped: they are a stray CR before the line's end (CR CR LF),
     * as in the header, and would otherwise make {@code "Drama\r"} a genre of its own.
     */
    String raw(String column) {
        Integer i = columns.get(column);
        if (i == null) {
            return "";
        }
        String v = record.get(i);
        if (v.indexOf(LfOnlyReader.BARE_CR) < 0) {
            return v;
        }
        if (i == record.size() - 1) {
            int end = v.length();
            while (end > 0 && v.charAt(end - 1) == LfOnlyReader.BARE_CR) {
                end--;
            }
            if (end < v.length()) {
                notes.add("stray CR at the end of a row");
                v = v.substring(0, end);
            }
        }
        return v.replace(LfOnlyReader.BARE_CR, '\r');
    }

    /** Optional text: {@code ""} when missing (blank or {@code #N/A}). */
    String text(String column) {
        String v = raw(column);
        if (v.equals("#N/A")) {
            notes.add("#N/A value");
            return "";
        }
        return v.isBlank() ? "" : v;
    }

    /** Required text: skips the row when missing. */
    String requiredText(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            throw new Skip("missing " + column, column);
        }
        return v;
    }

    /** Required 64-bit integer. */
    long requiredLong(String column) throws DataFormatException {
        String v = number(column);
        if (v == null) {
            throw new Skip("missing " + column, column);
        }
        return parseLong(column, v);
    }

    /** Required int (a 64-bit value outside the int range is an error). */
    int requiredInt(String column) throws DataFormatException {
        long v = requiredLong(column);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw error(column, "expected a 32-bit integer, got " + v);
        }
        return (int) v;
    }

    /** Required finite number. */
    double requiredDouble(String column) throws DataFormatException {
        String v = number(column);
        if (v == null) {
            throw new Skip("missing " + column, column);
        }
        return parseDouble(column, v);
    }

    /** Optional 64-bit integer: {@code fallback} when missing. */
    long optionalLong(String column, long fallback) throws DataFormatException {
        String v = number(column);
        return v == null ? fallback : parseLong(column, v);
    }

    /** Optional finite number: {@code fallback} when missing. */
    double optionalDouble(String column, double fallback) throws DataFormatException {
        String v = number(column);
        return v == null ? fallback : parseDouble(column, v);
    }

    /** Abandons the row for a reason of the reader's own (a value out of its domain, say). */
    Skip skip(String reason, String column) {
        return new Skip(reason, column);
    }

    /** Counts a handled quirk in the file's notes. */
    void note(String what) {
        notes.add(what);
    }

    /** A structural error at this row. */
    DataFormatException error(String column, String rule) {
        return new DataFormatException(file, line, column, rule);
    }

    private String number(String column) {
        String v = raw(column).strip();
        if (MISSING_NUMBER.contains(v)) {
            if (v.equals("#N/A")) {
                notes.add("#N/A value");
            }
            return null;
        }
        return v;
    }

    private long parseLong(String column, String v) throws DataFormatException {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            // Integral values written as "2.0" (a pandas round trip) are accepted.
            try {
                double d = Double.parseDouble(v);
                if (d == Math.rint(d) && Math.abs(d) < 0x1p53) {
                    notes.add("integer written as decimal");
                    return (long) d;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the error below
            }
            if (v.matches("[+-]?[0-9]+")) {
                throw error(column, "expected an integer in the 64-bit range, got '" + v + "'");
            }
            throw error(column, "expected an integer, got '" + v + "'");
        }
    }

    private double parseDouble(String column, String v) throws DataFormatException {
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw error(column, "expected a finite number, got '" + v + "'");
            }
            return d;
        } catch (NumberFormatException e) {
            throw error(column, "expected a number, got '" + v + "'");
        }
    }
}
