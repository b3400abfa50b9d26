package org.feedgym.env.data;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts the exact duplicate rows of an interaction log: a kept row whose every column the
 * reader reads has the same text as an earlier kept row (same user, item and timestamp, and the
 * same value in every other read column). Each such row is counted once in the file's notes
 * under {@link FileReport#EXACT_DUPLICATE_ROWS}, which {@link FileReport#summary()} shows.
 *
 * <p>They are kept, in strict mode too: a user meeting the same item again is normal, and even
 * exact repeats occur in real data (the KuaiRand subset has 124 rows equal in every column the
 * {@code kuairand} mapping reads, 116 of them identical lines), so refusing them would refuse
 * the real file. The count makes a broken export (rows written twice) visible.
 */
final class DuplicateRows {

    private final List<String> columns;
    private final Set<String> seen = new HashSet<>();

    /** @param columns the columns the reader reads (compared as written) */
    DuplicateRows(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Notes the row when it repeats an earlier one. Call once per kept row. */
    void check(Row row) {
        StringBuilder key = new StringBuilder();
        for (String c : columns) {
            String v = row.raw(c);
            key.append(v.length()).append(':').append(v);
        }
        if (!seen.add(key.toString())) {
            row.note(FileReport.EXACT_DUPLICATE_ROWS);
        }
    }
}
