package org.feedgym.env.data;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.feedgym.env.random.Seeds;

/**
 * Counts the exact duplicate rows of an interaction log: a kept row whose every column the
 * reader reads has the same text as an earlier kept row (same user, item and timestamp, and the
 * same value in every other read column). Each such row is counted once in the file's notes
 * under {@link FileReport#EXACT_DUPLICATE_ROWS}, which {@link FileReport#summary()} shows.
 *
 * <p>They are kept, in strict mode too (up to the threshold below): a user meeting the same item
 * again is normal, and even exact repeats occur in real data (the KuaiRand subset has 124 rows
 * equal in every column the {@code kuairand} mapping reads, 116 of them identical lines, 0.3% of
 * its rows), so refusing them would refuse the real file. The count makes a broken export (rows
 * written twice) visible, and {@link #judge} flags a file where they are more than
 * {@value #MAX_PERCENT}% of the kept rows: a warning line in lenient mode, a {@link DataFormatException}
 * in strict mode.
 */
final class DuplicateRows {

    /** Exact duplicates above this percentage of a file's kept rows look like a duplicated export. */
    static final int MAX_PERCENT = 1;

    /**
     * Flags a file whose exact duplicate rows are more than {@value #MAX_PERCENT}% of its kept
     * rows: in strict mode by throwing, else by passing one {@code "warning: ..."} line to
     * {@code warnings}. Nothing happens at or below the threshold.
     *
     * @throws DataFormatException in strict mode, naming the file and the count
     */
    static void judge(FileReport report, ReadOptions options, Consumer<String> warnings) throws DataFormatException {
        long duplicates = report.exactDuplicateRows();
        if (duplicates * 100 <= report.kept() * MAX_PERCENT) {
            return;
        }
        String what = duplicates + " of " + report.kept() + " kept rows ("
                + String.format(Locale.ROOT, "%.1f", 100.0 * duplicates / report.kept())
                + "%) repeat an earlier row exactly";
        if (options.strict()) {
            throw new DataFormatException(report.file().path(), 0, null, what + ", more than the " + MAX_PERCENT
                    + "% strict mode allows: this looks like a duplicated export (rows written twice)");
        }
        warnings.accept("warning: " + report.file().path() + ": " + what + " (more than " + MAX_PERCENT
                + "%): this looks like a duplicated export (rows written twice); \"strict\": true refuses it");
    }

    private final List<String> columns;
    /** Open-addressing set of the kept rows' 64-bit fingerprints; 0 marks an empty slot. */
    private long[] slots = new long[1 << 10];
    private int size;

    /** @param columns the columns the reader reads (compared as written) */
    DuplicateRows(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /**
     * Notes the row when it repeats an earlier one. Call once per kept row. Rows are compared by a
     * 64-bit fingerprint of their read columns (8 to 16 bytes a row, not a copy of its text, so a
     * log of 10^7 rows costs about 128 MiB at most); two different rows share one with probability
     * about n² / 2^65, under 3 in a million for 10^7 rows.
     */
    void check(Row row) {
        long h = 0x9E3779B97F4A7C15L;
        for (String c : columns) {
            String v = row.raw(c);
            h = Seeds.mix(h ^ v.length());
            for (int i = 0; i < v.length(); i++) {
                h = h * 0x100000001B3L ^ v.charAt(i);
            }
            h = Seeds.mix(h);
        }
        if (h == 0) {
            h = 1;
        }
        if (!add(h)) {
            row.note(FileReport.EXACT_DUPLICATE_ROWS);
        }
    }

    /** Adds a non-zero fingerprint; false when it was there already. */
    private boolean add(long h) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == h) {
                return false;
            }
            if (slots[i] == 0) {
                slots[i] = h;
                size++;
                return true;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long h : old) {
            if (h != 0) {
                add(h);
            }
        }
    }
}
