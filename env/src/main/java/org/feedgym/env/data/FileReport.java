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
 *                {@code "bare CR inside a field"}, {@code "zero duration_ms (unknown)"}), by count; a log's
 *                rows that repeat an earlier row exactly are counted under {@link #EXACT_DUPLICATE_ROWS}
 * @param firstSkippedLine the 1-based line of the first row skipped for each reason of {@code skipped}
 *                (a reason may be absent when its line is not known)
 */
public record FileReport(InputFile file, long rows, long kept, Map<String, Long> skipped, Map<String, Long> notes,
                         Map<String, Long> firstSkippedLine) {

    /** The note counting kept rows that repeat an earlier row exactly ({@link DuplicateRows}). */
    public static final String EXACT_DUPLICATE_ROWS = "exact duplicate rows";

    public FileReport {
        Objects.requireNonNull(file, "file");
        skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
        notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
        firstSkippedLine = Collections.unmodifiableMap(new LinkedHashMap<>(firstSkippedLine));
        if (!skipped.keySet().containsAll(firstSkippedLine.keySet())) {
            throw new IllegalArgumentException("firstSkippedLine must name skip reasons only, got "
                    + firstSkippedLine.keySet() + " for " + skipped.keySet());
        }
        long total = skipped.values().stream().mapToLong(Long::longValue).sum();
        if (kept < 0 || kept > rows || total != rows - kept) {
            throw new IllegalArgumentException("kept must be in [0, rows] and skipped counts must add up to rows - kept,"
                    + " got rows " + rows + ", kept " + kept + ", skipped " + total);
        }
    }

    /** A report without the lines of the first skipped rows. */
    public FileReport(InputFile file, long rows, long kept, Map<String, Long> skipped, Map<String, Long> notes) {
        this(file, rows, kept, skipped, notes, Map.of());
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

    /** Kept rows that repeat an earlier row exactly (0 for files not checked for them). */
    public long exactDuplicateRows() {
        return notes.getOrDefault(EXACT_DUPLICATE_ROWS, 0L);
    }

    /**
     * One line: {@code "ratings.csv: 100836 rows, 100836 kept, 0 skipped"}, then the skip reasons
     * in parentheses, each with its count and the line of its first row ({@code "(missing t: 2,
     * first at line 3; row has 2 fields, header has 3: 1, first at line 9)"}), then
     * {@code ", N exact duplicate rows"} when there are any.
     */
    public String summary() {
        StringBuilder b = new StringBuilder(name()).append(": ").append(rows).append(" rows, ")
                .append(kept).append(" kept, ").append(skippedRows()).append(" skipped");
        if (!skipped.isEmpty()) {
            b.append(" (");
            String sep = "";
            for (Map.Entry<String, Long> e : skipped.entrySet()) {
                b.append(sep).append(e.getKey()).append(": ").append(e.getValue());
                Long first = firstSkippedLine.get(e.getKey());
                if (first != null) {
                    b.append(", first at line ").append(first);
                }
                sep = "; ";
            }
            b.append(')');
        }
        long duplicates = exactDuplicateRows();
        if (duplicates > 0) {
            b.append(", ").append(duplicates).append(duplicates == 1 ? " exact duplicate row" : " exact duplicate rows");
        }
        return b.toString();
    }
}
