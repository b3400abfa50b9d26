package org.feedgym.simulator.fidelity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Interaction rows in a neutral form, filled either from a real log or from simulated replay
 * rows, that fidelity targets are computed from: per row a user index, an item index, a time,
 * a watch ratio, an item duration, an item topic and named boolean signals (like, hate, share,
 * comment, follow, ...). Rows are grouped per user (users ascending) and within a user in time
 * order (rows at the same time keep the order they were added in).
 *
 * <p>Immutable: every array is copied in and nothing hands one out.
 *
 * <pre>{@code
 * InteractionTable t = new InteractionTable.Builder(List.of("like", "hate"))
 *         .add(7, 120, 1_649_581_149L, 1.02, 45.9, 3, true, false)
 *         .build();
 * }</pre>
 */
public final class InteractionTable {

    /** Topic of a row whose item topic is not known. */
    public static final int NO_TOPIC = -1;

    private final List<String> signalNames;
    private final int[] user;
    private final int[] item;
    private final long[] time;
    private final double[] watchRatio;
    private final double[] duration;
    private final int[] topic;
    private final boolean[][] signals;
    /** Row index where each user group starts, plus the row count at the end. */
    private final int[] userStarts;

    private InteractionTable(List<String> signalNames, int[] user, int[] item, long[] time, double[] watchRatio,
                             double[] duration, int[] topic, boolean[][] signals) {
        this.signalNames = signalNames;
        this.user = user;
        this.item = item;
        this.time = time;
        this.watchRatio = watchRatio;
        this.duration = duration;
        this.topic = topic;
        this.signals = signals;
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < user.length; i++) {
            if (i == 0 || user[i] != user[i - 1]) {
                starts.add(i);
            }
        }
        starts.add(user.length);
        this.userStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Number of rows. */
    public int size() {
        return user.length;
    }

    /** The signal names, in the order {@link Builder#add} takes their values. */
    public List<String> signalNames() {
        return signalNames;
    }

    /** True when the table has a signal of this name. */
    public boolean hasSignal(String name) {
        return signalNames.contains(name);
    }

    /** User index of a row. */
    public int user(int row) {
        return user[row];
    }

    /** Item index of a row. */
    public int item(int row) {
        return item[row];
    }

    /** Start time of a row, in seconds since the epoch (or any fixed origin). */
    public long time(int row) {
        return time[row];
    }

    /** Watched time over the item's duration (above 1 when the video looped), or NaN when unknown. */
    public double watchRatio(int row) {
        return watchRatio[row];
    }

    /** The item's duration in seconds, or NaN when unknown. */
    public double duration(int row) {
        return duration[row];
    }

    /** The item's topic, or {@link #NO_TOPIC}. */
    public int topic(int row) {
        return topic[row];
    }

    /**
     * A signal of a row.
     *
     * @throws IllegalArgumentException when the table has no signal of that name
     */
    public boolean signal(String name, int row) {
        return signals[signalIndex(name)][row];
    }

    /** Number of users (groups of rows). */
    public int users() {
        return userStarts.length - 1;
    }

    /** First row of the user group at {@code group} (0 ≤ group &lt; {@link #users()}). */
    public int userStart(int group) {
        return userStarts[group];
    }

    /** One past the last row of the user group at {@code group}. */
    public int userEnd(int group) {
        return userStarts[group + 1];
    }

    /** The rows for which {@code keep} is true, in the same order. */
    public InteractionTable filter(IntPredicate keep) {
        return rows(java.util.stream.IntStream.range(0, size()).filter(keep).toArray());
    }

    /**
     * The rows at the given indices, ascending.
     *
     * @throws IllegalArgumentException when the indices are not strictly ascending
     * @throws IndexOutOfBoundsException when an index is outside the table
     */
    public InteractionTable rows(int[] rows) {
        for (int i = 1; i < rows.length; i++) {
            if (rows[i] <= rows[i - 1]) {
                throw new IllegalArgumentException("rows must be strictly ascending; entry " + i + " is " + rows[i]);
            }
        }
        boolean[][] s = new boolean[signals.length][];
        for (int k = 0; k < signals.length; k++) {
            s[k] = pick(signals[k], rows);
        }
        return new InteractionTable(signalNames, pick(user, rows), pick(item, rows), pick(time, rows),
                pick(watchRatio, rows), pick(duration, rows), pick(topic, rows), s);
    }

    private int signalIndex(String name) {
        int k = signalNames.indexOf(name);
        if (k < 0) {
            throw new IllegalArgumentException("signal must be one of " + signalNames + ", got " + name);
        }
        return k;
    }

    private static int[] pick(int[] v, int[] rows) {
        return Arrays.stream(rows).map(r -> v[r]).toArray();
    }

    private static long[] pick(long[] v, int[] rows) {
        return Arrays.stream(rows).mapToLong(r -> v[r]).toArray();
    }

    private static double[] pick(double[] v, int[] rows) {
        return Arrays.stream(rows).mapToDouble(r -> v[r]).toArray();
    }

    private static boolean[] pick(boolean[] v, int[] rows) {
        boolean[] out = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = v[rows[i]];
        }
        return out;
    }

    /** Collects rows in any order; {@link #build()} groups them per user in time order. */
    public static final class Builder {

        private final List<String> signalNames;
        private final List<Row> rows = new ArrayList<>();

        /**
         * @param signalNames the names of the boolean signals every row carries, distinct and not
         *                    blank (may be empty)
         */
        public Builder(List<String> signalNames) {
            this.signalNames = List.copyOf(signalNames);
            if (this.signalNames.stream().distinct().count() != this.signalNames.size()
                    || this.signalNames.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("signalNames must be distinct and not blank, got " + signalNames);
            }
        }

        /**
         * Adds a row.
         *
         * @param user        user index (any int; rows group by it)
         * @param item        item index
         * @param timeSeconds start time in seconds
         * @param watchRatio  watched time over duration, ≥ 0, or NaN when unknown
         * @param duration    item duration in seconds, &gt; 0, or NaN when unknown
         * @param topic       item topic ≥ 0, or {@link #NO_TOPIC}
         * @param signals     one value per signal name, in the builder's order
         * @return this builder
         * @throws IllegalArgumentException naming the field, the rule and the value
         */
        public Builder add(int user, int item, long timeSeconds, double watchRatio, double duration, int topic,
                           boolean... signals) {
            if (!(Double.isNaN(watchRatio) || watchRatio >= 0 && watchRatio < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("watchRatio must be finite and >= 0 or NaN, got " + watchRatio);
            }
            if (!(Double.isNaN(duration) || duration > 0 && duration < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("duration must be finite and > 0 or NaN, got " + duration);
            }
            if (topic < NO_TOPIC) {
                throw new IllegalArgumentException("topic must be >= 0 or NO_TOPIC (-1), got " + topic);
            }
            if (signals.length != signalNames.size()) {
                throw new IllegalArgumentException("signals must have one value per name " + signalNames + ", got "
                        + signals.length);
            }
            rows.add(new Row(user, item, timeSeconds, watchRatio, duration, topic, signals.clone(), rows.size()));
            return this;
        }

        /** One added row; {@code order} is its position in the order of adding. */
        private record Row(int user, int item, long time, double watchRatio, double duration, int topic,
                           boolean[] signals, int order) {
        }

        /** The table, rows sorted by user, then time, then insertion order. */
        public InteractionTable build() {
            List<Row> sorted = new ArrayList<>(rows);
            sorted.sort(Comparator.comparingInt(Row::user).thenComparingLong(Row::time).thenComparingInt(Row::order));
            int n = sorted.size();
            int[] u = new int[n];
            int[] it = new int[n];
            long[] t = new long[n];
            double[] w = new double[n];
            double[] d = new double[n];
            int[] tp = new int[n];
            boolean[][] s = new boolean[signalNames.size()][n];
            for (int i = 0; i < n; i++) {
                Row r = sorted.get(i);
                u[i] = r.user();
                it[i] = r.item();
                t[i] = r.time();
                w[i] = r.watchRatio();
                d[i] = r.duration();
                tp[i] = r.topic();
                for (int k = 0; k < r.signals().length; k++) {
                    s[k][i] = r.signals()[k];
                }
            }
            return new InteractionTable(signalNames, u, it, t, w, d, tp, s);
        }
    }
}
