package org.feedgym.env.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A real interaction log read through a column mapping ({@link MappedLogReader}): the
 * {@link InteractionLog} rows plus, per row, play time, duration and named boolean signals, and
 * per item an optional category and text. This is the log calibration consumes and the
 * {@code log} and {@code kuairand} catalogs are built from ({@link LogCatalog}).
 *
 * <p>Users and items are dense indices (users in [0, {@link #userCount()}), items in
 * [0, {@link #itemCount()})), in ascending order of their original ids (numerically when every
 * id of the column is an integer, else as text); the original ids are kept
 * ({@link #userId(int)}, {@link #itemId(int)}). Rows are sorted by user, then time, then item,
 * so user {@code u}'s history is [{@link #userStart(int)}, {@link #userEnd(int)}), oldest first.
 * Times are epoch milliseconds (UTC). Play time and duration are milliseconds, {@code NaN} when
 * the log has no such column or the value is unknown (a duration &le; 0).
 *
 * <p>{@link #interactions()}'s signal is 1 for a row with the {@code like} signal and 0 without
 * it when {@code like} is mapped, else 1 on every row; its long ids are the original ids when
 * they are integers, else the dense indices.
 */
public final class MappedLog {

    private final InteractionLog interactions;
    private final String[] userIds;
    private final String[] itemIds;
    private final double[] playMillis;
    private final double[] durationMillis;
    private final List<String> signalNames;
    private final long[] signalBits;
    private final String[] categories;
    private final String[] texts;
    private final ReadReport report;

    MappedLog(InteractionLog interactions, String[] userIds, String[] itemIds, double[] playMillis,
              double[] durationMillis, List<String> signalNames, long[] signalBits, String[] categories, String[] texts,
              ReadReport report) {
        this.interactions = interactions;
        this.userIds = userIds;
        this.itemIds = itemIds;
        this.playMillis = playMillis;
        this.durationMillis = durationMillis;
        this.signalNames = List.copyOf(signalNames);
        this.signalBits = signalBits;
        this.categories = categories;
        this.texts = texts;
        this.report = Objects.requireNonNull(report, "report");
    }

    /** The rows as a plain {@link InteractionLog} (same row order and indices). */
    public InteractionLog interactions() {
        return interactions;
    }

    /** Number of rows. */
    public int size() {
        return interactions.size();
    }

    /** Number of distinct users. */
    public int userCount() {
        return userIds.length;
    }

    /** Number of distinct items. */
    public int itemCount() {
        return itemIds.length;
    }

    /** User index of row {@code r}. */
    public int user(int r) {
        return interactions.user(r);
    }

    /** Item index of row {@code r}. */
    public int item(int r) {
        return interactions.item(r);
    }

    /** Time of row {@code r}, epoch milliseconds. */
    public long timeMillis(int r) {
        return interactions.timeMillis(r);
    }

    /** Time of row {@code r}, epoch seconds. */
    public double timeSeconds(int r) {
        return interactions.timeMillis(r) / 1000.0;
    }

    /** Play time of row {@code r} in milliseconds, {@code NaN} when unknown. */
    public double playTimeMillis(int r) {
        return playMillis == null ? Double.NaN : playMillis[r];
    }

    /** Duration of row {@code r}'s item in milliseconds, {@code NaN} when unknown. */
    public double durationMillis(int r) {
        return durationMillis == null ? Double.NaN : durationMillis[r];
    }

    /** Play time / duration of row {@code r} (above 1 for replays), {@code NaN} when either is unknown. */
    public double watchRatio(int r) {
        return playTimeMillis(r) / durationMillis(r);
    }

    /** True when the log has a play-time column. */
    public boolean hasPlayTime() {
        return playMillis != null;
    }

    /** True when the log has a duration column. */
    public boolean hasDuration() {
        return durationMillis != null;
    }

    /** The mapped signal names, in mapping order. */
    public List<String> signalNames() {
        return signalNames;
    }

    /** True when signal {@code name} is mapped. */
    public boolean hasSignal(String name) {
        return signalNames.contains(name);
    }

    /**
     * Signal {@code name} on row {@code r}.
     *
     * @throws IllegalArgumentException when the signal is not mapped (the message lists the mapped ones)
     */
    public boolean signal(String name, int r) {
        int k = signalNames.indexOf(name);
        if (k < 0) {
            throw new IllegalArgumentException("signal '" + name + "' is not mapped; mapped: " + signalNames);
        }
        return (signalBits[r] >>> k & 1L) == 1L;
    }

    /** Original id of user {@code u}. */
    public String userId(int u) {
        return userIds[u];
    }

    /** Original id of item {@code j}. */
    public String itemId(int j) {
        return itemIds[j];
    }

    /** First row of user {@code u}. */
    public int userStart(int u) {
        return interactions.userStart(u);
    }

    /** One past the last row of user {@code u}. */
    public int userEnd(int u) {
        return interactions.userEnd(u);
    }

    /** True when the log has a category column. */
    public boolean hasCategories() {
        return categories != null;
    }

    /** True when the log has a text column. */
    public boolean hasTexts() {
        return texts != null;
    }

    /** Category of item {@code j} (its first non-blank value in row order), {@code ""} when none or unmapped. */
    public String category(int j) {
        return categories == null || categories[j] == null ? "" : categories[j];
    }

    /** Text of item {@code j} (its first non-blank value in row order), {@code ""} when none or unmapped. */
    public String text(int j) {
        return texts == null || texts[j] == null ? "" : texts[j];
    }

    /** What was read. */
    public ReadReport report() {
        return report;
    }

    /** Row counts per signal name, in mapping order (for summaries and tests). */
    public List<Integer> signalCounts() {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < signalNames.size(); k++) {
            int c = 0;
            for (long bits : signalBits) {
                c += (int) (bits >>> k & 1L);
            }
            out.add(c);
        }
        return out;
    }

    @Override
    public String toString() {
        return "MappedLog[" + size() + " rows, " + userCount() + " users, " + itemCount() + " items, signals "
                + signalNames + "]";
    }
}
