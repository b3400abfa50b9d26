package org.feedgym.env.data;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How one named boolean signal is read from a row of a mapped log, parsed from its config text:
 * <ul>
 *   <li>{@code "is_comment"}: a 0/1 column (any other value is an error naming file, line and column);</li>
 *   <li>{@code "label=1"} / {@code "label!=1"}: true when the column equals (differs from) the value. A
 *       value written as a plain decimal number ({@code 1}, {@code -2}, {@code 0.5}, {@code 1e3}) compares
 *       numbers, so the column must hold a number ({@code "1.0"} equals {@code 1}; {@code "yes"} is an
 *       error naming file, line and column, as for {@code >=}); any other value ({@code "label=pos"})
 *       compares the column's text;</li>
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

    /** Characters of the operators: a value may not start, nor a column end, with one. */
    private static final String OPERATOR_CHARS = "=!<>";

    /** Operators as people also write them, and how this reads them. */
    private static final List<List<String>> MISSPELT = List.of(List.of("=>", ">="), List.of("=<", "<="),
            List.of("==", "="), List.of("<>", "!="), List.of("=!", "!="));

    /** A plain decimal number: what makes {@code =} and {@code !=} compare numbers, not text. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    /** True when {@code =} / {@code !=} compare the column as a number (the value is a plain decimal number). */
    boolean numericEquality() {
        return (op.equals("=") || op.equals("!=")) && NUMBER.matcher(value).matches();
    }

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
                if (OPERATOR_CHARS.indexOf(value.charAt(0)) >= 0
                        || OPERATOR_CHARS.indexOf(column.charAt(column.length() - 1)) >= 0) {
                    // 'rating=>4' would otherwise compare the column's text with '>4' and never be true.
                    throw new IllegalArgumentException("signals." + name + ": '" + text + "' is not a comparison this"
                            + " reads (one of " + String.join(" ", OPS) + " between a column and a value)"
                            + suggestion(text));
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

    /** "; did you mean '…'?" when the text holds an operator as people also write it, else "". */
    private static String suggestion(String text) {
        for (List<String> m : MISSPELT) {
            if (text.contains(m.get(0))) {
                return "; did you mean '" + text.replace(m.get(0), m.get(1)) + "'?";
            }
        }
        return "";
    }

    /**
     * A like/hate log: {@code like} and {@code hate} test one column for equality with two numbers
     * ({@code "label=1"}, {@code "label=0"}), as in KuaiRand's like/hate subset. Every row must then
     * be one or the other: a third value ({@code 99}) would be kept as neither and move every
     * figure built on likes and hates, so it is an error naming the line. A log whose column has
     * further values on purpose says so with an inequality ({@code "hate": "label<=0"}).
     *
     * @param column the column both rules read
     * @param like   the like value
     * @param hate   the hate value
     */
    record Either(String column, double like, double hate) {

        /** Refuses a row whose column holds neither value. */
        void check(Row row) throws DataFormatException {
            double v = row.requiredDouble(column);
            if (v != like && v != hate) {
                throw row.error(column, "expected " + number(like) + " (like) or " + number(hate) + " (hate), got "
                        + number(v) + ": 'like' and 'hate' read this column, so every row is one or the other");
            }
        }

        private static String number(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
    }

    /**
     * The like/hate check of the parsed rules ({@code rules.get(i)} is signal {@code names.get(i)}),
     * or null when it does not apply.
     */
    static Either likeOrHate(List<String> names, List<SignalRule> rules) {
        int l = names.indexOf("like");
        int h = names.indexOf("hate");
        if (l < 0 || h < 0) {
            return null;
        }
        SignalRule like = rules.get(l);
        SignalRule hate = rules.get(h);
        if (!like.op.equals("=") || !hate.op.equals("=") || !like.numericEquality() || !hate.numericEquality()
                || !like.column.equals(hate.column)) {
            return null;
        }
        return new Either(like.column, Double.parseDouble(like.value), Double.parseDouble(hate.value));
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
            case "=", "!=" -> {
                boolean equal = numericEquality()
                        ? row.requiredDouble(column) == Double.parseDouble(value)
                        : row.requiredText(column).strip().equals(value);
                return equal == op.equals("=");
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
