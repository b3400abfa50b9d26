package org.feedgym.env.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a reader did with one file.
 *
 * @param file    the file's path, size and SHA-256
 * @param rows    data rows read (the header excluded)
 * @param kept    rows kept
 * @param skipped rows skipped, by reason (e.g. {@code "missing claim_status" → 298}); the counts
 *                add up to {@code rows − kept}; iteration order is the order reasons first occurred
 * @param notes   quirks seen and handled without skipping a row (e.g. {@code "CRLF line endings"},
 *                {@code "bare CR inside a field"}, {@code "zero duration_ms (unknown)"}), by count
 */
public record FileReport(InputFile file, long rows, long kept, Map<String, Long> skipped, Map<String, Long> notes) {

    public FileReport {
        Objects.requireNonNull(file, "file");
        skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
        notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
        long total = skipped.values().stream().mapToLong(Long::longValue).sum();
        if (kept < 0 || kept > rows || total != rows - kept) {
            throw new IllegalArgumentException("kept must be in [0, rows] and skipped counts must add up to rows - kept,"
                    + " got rows " + rows + ", kept " + kept + ", skipped " + total);
        }
    }

    /** Rows skipped, all reasons together. */
    public long skippedRows() {
        return rows - kept;
    }

    /** The file name without its folder. */
    public String name() {
        String p = file.path();
        int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        return p.substring(slash + 1);
    }

    /** One line: {@code "ratings.csv: 100836 rows, 100836 kept, 0 skipped"} plus reasons. */
    public String summary() {
        StringBuilder b = new StringBuilder(name()).append(": ").append(rows).append(" rows, ")
                .append(kept).append(" kept, ").append(skippedRows()).append(" skipped");
        if (!skipped.isEmpty()) {
            b.append(" (");
            String sep = "";
            for (Map.Entry<String, Long> e : skipped.entrySet()) {
                b.append(sep).append(e.getKey()).append(": ").append(e.getValue());
                sep = ", ";
            }
            b.append(')');
        }
        return b.toString();
    }
}
