package org.feedgym.env.data;

import java.util.List;

/**
 * How one named boolean signal is read from a row of a mapped log, parsed from its config text:
 * <ul>
 *   <li>{@code "is_comment"}: a 0/1 column (any other value is an error naming file, line and column);</li>
 *   <li>{@code "label=1"} / {@code "label!=1"}: true when the column's text equals (differs from) the value;</li>
 *   <li>{@code "rating>=4"}, {@code ">"}, {@code "<="}, {@code "<"}: a numeric comparison (a
 *       non-number is an error).</li>
 * </ul>
 * A missing value skips the row, as a missing required value does.
 *
 * @param column the column read
 * @param op     {@code ""} for a 0/1 column, else one of {@code = != >= <= > <}
 * @param value  the value compared with, {@code ""} for a 0/1 column
 */
record SignalRule(String column, String op, String value) {

    private static final List<String> OPS = List.of("!=", ">=", "<=", "=", ">", "<");

    /**
     * Parses a rule.
     *
     * @param name the signal name (for messages)
     * @param text the rule text
     * @throws IllegalArgumentException naming the signal when the text is blank, has no column or
     *                                  compares with a non-number
     */
    static SignalRule parse(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("signals." + name + " must name a 0/1 column or 'column=value', got '"
                    + text + "'");
        }
        for (String op : OPS) {
            int at = text.indexOf(op);
            if (at >= 0) {
                String column = text.substring(0, at).strip();
                String value = text.substring(at + op.length()).strip();
                if (column.isEmpty() || value.isEmpty()) {
                    throw new IllegalArgumentException("signals." + name + " must have a column and a value around '"
                            + op + "', got '" + text + "'");
                }
                if (!op.equals("=") && !op.equals("!=")) {
                    try {
                        Double.parseDouble(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("signals." + name + " compares with '" + op
                                + "' so the value must be a number, got '" + value + "'");
                    }
                }
                return new SignalRule(column, op, value);
            }
        }
        return new SignalRule(text.strip(), "", "");
    }

    /** The signal's value on a row. */
    boolean test(Row row) throws DataFormatException {
        switch (op) {
            case "" -> {
                long v = row.requiredLong(column);
                if (v != 0 && v != 1) {
                    throw row.error(column, "expected 0 or 1, got " + v);
                }
                return v == 1;
            }
            case "=" -> {
                return row.requiredText(column).strip().equals(value);
            }
            case "!=" -> {
                return !row.requiredText(column).strip().equals(value);
            }
            default -> {
                double v = row.requiredDouble(column);
                double x = Double.parseDouble(value);
                return switch (op) {
                    case ">=" -> v >= x;
                    case "<=" -> v <= x;
                    case ">" -> v > x;
                    default -> v < x;
                };
            }
        }
    }
}
