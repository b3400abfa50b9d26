package org.feedgym.env.data;

/**
 * How a reader treats rows it cannot use.
 *
 * @param strict when {@code false} (the default) a row missing a required value is skipped and
 *               counted in the {@link FileReport}; when {@code true} the first such row throws a
 *               {@link DataFormatException} instead
 */
public record ReadOptions(boolean strict) {

    /** Skip and count unusable rows. */
    public static final ReadOptions LENIENT = new ReadOptions(false);

    /** Fail on the first unusable row. */
    public static final ReadOptions STRICT = new ReadOptions(true);
}
