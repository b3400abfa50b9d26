package org.feedgym.env.data;

import java.io.IOException;

/**
 * A data file that cannot be read as its format says: a required column is missing, a required
 * value has the wrong type, the file is empty or not UTF-8, or (in strict mode) a row had to be
 * skipped. The message names the file by its path as resolved (absolute for a configured dataset
 * path, so that the copy read is known), the line (1-based, counting {@code \n}-terminated lines;
 * 0 when the problem is not tied to a line), the column and the rule, for instance
 * {@code "/data/tiktok-claims/tiktok_dataset.csv: line 7, column 'video_id': expected an integer, got 'abc'"}.
 *
 * <p>It is an {@link IOException} so that a caller that only reports failures can catch one type.
 */
public final class DataFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final String column;
    private final String rule;

    /**
     * @param file   the file's path as given to the reader
     * @param line   1-based line number, or 0 when not tied to a line
     * @param column the column name, or {@code null} when not tied to a column
     * @param rule   what was expected and what was found
     */
    public DataFormatException(String file, long line, String column, String rule) {
        super(format(file, line, column, rule));
        this.file = file;
        this.line = line;
        this.column = column;
        this.rule = rule;
    }

    private static String format(String file, long line, String column, String rule) {
        StringBuilder b = new StringBuilder(file).append(": ");
        if (line > 0) {
            b.append("line ").append(line);
        }
        if (column != null) {
            b.append(line > 0 ? ", " : "").append("column '").append(printable(column)).append('\'');
        }
        if (line > 0 || column != null) {
            b.append(": ");
        }
        return b.append(rule).toString();
    }

    /**
     * {@code s} with control characters escaped ({@code \r}, {@code \n}, {@code \t}, else
     * {@code \}{@code uXXXX}), so that a name quoted in a message shows what the file holds.
     */
    static String printable(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String esc = switch (c) {
                case '\r' -> "\\r";
                case '\n' -> "\\n";
                case '\t' -> "\\t";
                case LfOnlyReader.BARE_CR -> "\\r";
                default -> Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : null;
            };
            if (esc != null && b == null) {
                b = new StringBuilder(s.substring(0, i));
            }
            if (b != null) {
                if (esc != null) {
                    b.append(esc);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    /** The file's path as given to the reader. */
    public String file() {
        return file;
    }

    /** 1-based line number, or 0 when the problem is not tied to a line. */
    public long line() {
        return line;
    }

    /** The column name, or {@code null}. */
    public String column() {
        return column;
    }

    /** What was expected and what was found. */
    public String rule() {
        return rule;
    }
}
