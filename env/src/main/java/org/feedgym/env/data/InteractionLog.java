package org.feedgym.env.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * User–item interactions as parallel plain arrays, for classic recommenders and offline metrics:
 * row {@code r} says user {@link #user(int)} met item {@link #item(int)} at
 * {@link #timeMillis(int)} with {@link #signal(int)} (a rating, 1 = like / 0 = hate, a watch
 * fraction or a reward, as the producer defines it).
 *
 * <p>This is the one log class of FeedGym: the data readers produce it from real logs, and the
 * agents' {@code LogCollector} produces it from simulation; the recommenders train on either.
 *
 * <p>Users and items are dense indices in [0, {@link #userCount()}) and [0,
 * {@link #itemCount()}). There are two ways to make one:
 * <ul>
 *   <li>from source ids ({@link #of(long[], long[], int[], float[], long[])}, the readers): user
 *       {@code u} has source id {@link #userId(int)} (ids ascending, only users with a row), item
 *       {@code j} has source id {@link #itemId(int)} in the order the dataset gives (for
 *       MovieLens, the order of {@code movies.csv}, which is also the catalog order);</li>
 *   <li>from dense indices ({@link #of(int, int, int[], int[], float[], long[])},
 *       {@link #builder}): for logs of a simulation, users are population indices and items
 *       catalog indices; the "source id" of an index is the index itself, and users without rows
 *       count.</li>
 * </ul>
 * Rows are sorted by user, then time, then item, so one user's history is the contiguous range
 * [{@link #userStart(int)}, {@link #userEnd(int)}), oldest first. {@link #subset} and
 * {@link #withSignals} derive logs over the same users and items (for train/test splits and
 * derived signals).
 */
public final class InteractionLog {

    private final long[] userIds;
    private final long[] itemIds;
    private final int[] user;
    private final int[] item;
    private final float[] signal;
    private final long[] time;
    private final int[] userStart;

    private InteractionLog(long[] userIds, long[] itemIds, int[] user, int[] item, float[] signal, long[] time) {
        this.userIds = userIds;
        this.itemIds = itemIds;
        this.user = user;
        this.item = item;
        this.signal = signal;
        this.time = time;
        this.userStart = new int[userIds.length + 1];
        for (int u : user) {
            userStart[u + 1]++;
        }
        for (int u = 0; u < userIds.length; u++) {
            userStart[u + 1] += userStart[u];
        }
    }

    /**
     * Builds a log from raw rows: user ids are mapped to dense indices in ascending id order,
     * rows are sorted by (user, time, item). Arrays are copied.
     *
     * @param rawUserIds one source user id per row
     * @param itemIds    source id of every item index (item indices refer to this array)
     * @param item       one item index per row, in [0, itemIds.length)
     * @param signal     one signal per row (finite)
     * @param timeMillis one time per row, Unix epoch milliseconds
     * @throws IllegalArgumentException naming the row and the rule on a bad row
     */
    public static InteractionLog of(long[] rawUserIds, long[] itemIds, int[] item, float[] signal, long[] timeMillis) {
        int n = rawUserIds.length;
        checkLengths(n, item.length, signal.length, timeMillis.length);
        long[] users = Arrays.stream(rawUserIds).sorted().distinct().toArray();
        int[] u = new int[n];
        for (int r = 0; r < n; r++) {
            u[r] = Arrays.binarySearch(users, rawUserIds[r]);
        }
        checkRows(users.length, itemIds.length, u, item, signal);
        return sorted(users, itemIds.clone(), u, item, signal, timeMillis);
    }

    /**
     * Builds a log from rows of dense indices in any order; arrays are copied and rows sorted by
     * (user, time, item). The source id of every index is the index itself.
     *
     * @param userCount  number of users, &ge; 0; every user index lies in [0, userCount); users
     *                   without rows count
     * @param itemCount  number of items, &ge; 0; every item index lies in [0, itemCount)
     * @param user       user index per row
     * @param item       item index per row
     * @param signal     signal per row, finite
     * @param timeMillis time per row in milliseconds (any origin: for simulations, the user's clock)
     * @throws IllegalArgumentException naming the row and the rule on a bad row
     */
    public static InteractionLog of(int userCount, int itemCount, int[] user, int[] item, float[] signal,
                                    long[] timeMillis) {
        if (userCount < 0 || itemCount < 0) {
            throw new IllegalArgumentException("userCount and itemCount must be >= 0, got " + userCount + " and "
                    + itemCount);
        }
        checkLengths(user.length, item.length, signal.length, timeMillis.length);
        checkRows(userCount, itemCount, user, item, signal);
        return sorted(identity(userCount), identity(itemCount), user, item, signal, timeMillis);
    }

    /** A builder of a dense-index log that appends rows one at a time (for collectors). */
    public static Builder builder(int userCount, int itemCount) {
        return new Builder(userCount, itemCount);
    }

    private static long[] identity(int n) {
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
        }
        return ids;
    }

    private static void checkLengths(int users, int items, int signals, int times) {
        if (items != users || signals != users || times != users) {
            throw new IllegalArgumentException("row arrays must have one length, got users " + users + ", items "
                    + items + ", signals " + signals + ", times " + times);
        }
    }

    private static void checkRows(int userCount, int itemCount, int[] user, int[] item, float[] signal) {
        for (int r = 0; r < user.length; r++) {
            if (user[r] < 0 || user[r] >= userCount) {
                throw new IllegalArgumentException("row " + r + ": user must be in [0, " + userCount + "), got "
                        + user[r]);
            }
            if (item[r] < 0 || item[r] >= itemCount) {
                throw new IllegalArgumentException("row " + r + ": item must be in [0, " + itemCount + "), got "
                        + item[r]);
            }
            if (!Float.isFinite(signal[r])) {
                throw new IllegalArgumentException("row " + r + ": signal must be finite, got " + signal[r]);
            }
        }
    }

    /**
     * The order of rows by user, then time, then item, then input position: the one row order
     * of every log (a stable sort, so equal rows keep the order they were read in).
     */
    static Integer[] rowOrder(int[] user, long[] timeMillis, int[] item) {
        int n = user.length;
        Integer[] order = new Integer[n];
        for (int r = 0; r < n; r++) {
            order[r] = r;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Integer.compare(user[a], user[b]);
            if (c == 0) {
                c = Long.compare(timeMillis[a], timeMillis[b]);
            }
            if (c == 0) {
                c = Integer.compare(item[a], item[b]);
            }
            return c != 0 ? c : Integer.compare(a, b);
        });
        return order;
    }

    private static InteractionLog sorted(long[] userIds, long[] itemIds, int[] u, int[] item, float[] signal,
                                         long[] timeMillis) {
        int n = u.length;
        Integer[] order = rowOrder(u, timeMillis, item);
        int[] su = new int[n];
        int[] si = new int[n];
        float[] ss = new float[n];
        long[] st = new long[n];
        for (int r = 0; r < n; r++) {
            int o = order[r];
            su[r] = u[o];
            si[r] = item[o];
            ss[r] = signal[o];
            st[r] = timeMillis[o];
        }
        return new InteractionLog(userIds, itemIds, su, si, ss, st);
    }

    /**
     * The log of some of this log's rows, over the same users and items (same indices and source
     * ids; users left without rows still count). Row order is kept, so the result stays sorted.
     *
     * @param rows row indices of this log, strictly ascending
     * @throws IllegalArgumentException when {@code rows} is not strictly ascending or leaves
     *                                  [0, {@link #size()})
     */
    public InteractionLog subset(int[] rows) {
        int n = rows.length;
        int[] su = new int[n];
        int[] si = new int[n];
        float[] ss = new float[n];
        long[] st = new long[n];
        for (int k = 0; k < n; k++) {
            int r = rows[k];
            if (r < 0 || r >= size() || k > 0 && r <= rows[k - 1]) {
                throw new IllegalArgumentException("rows must be strictly ascending in [0, " + size() + "), got " + r
                        + " at position " + k);
            }
            su[k] = user[r];
            si[k] = item[r];
            ss[k] = signal[r];
            st[k] = time[r];
        }
        return new InteractionLog(userIds, itemIds, su, si, ss, st);
    }

    /**
     * The same rows with other signals (e.g. a watch ratio derived from play time and duration).
     *
     * @param signals one finite signal per row, in row order
     * @throws IllegalArgumentException when the length differs or a signal is not finite
     */
    public InteractionLog withSignals(float[] signals) {
        if (signals.length != size()) {
            throw new IllegalArgumentException("signals must have one entry per row (" + size() + "), got "
                    + signals.length);
        }
        for (int r = 0; r < signals.length; r++) {
            if (!Float.isFinite(signals[r])) {
                throw new IllegalArgumentException("row " + r + ": signal must be finite, got " + signals[r]);
            }
        }
        return new InteractionLog(userIds, itemIds, user, item, signals.clone(), time);
    }

    /** Number of interactions. */
    public int size() {
        return user.length;
    }

    /**
     * Number of users: the distinct users of the rows for a log built from source ids; the
     * declared count (users without rows included) for a dense-index log and its subsets.
     */
    public int userCount() {
        return userIds.length;
    }

    /** Number of items (including items nobody interacted with). */
    public int itemCount() {
        return itemIds.length;
    }

    /** User index of row {@code r}. */
    public int user(int r) {
        return user[r];
    }

    /** Item index of row {@code r}. */
    public int item(int r) {
        return item[r];
    }

    /** Signal of row {@code r}. */
    public float signal(int r) {
        return signal[r];
    }

    /** Time of row {@code r}, milliseconds (Unix epoch for real logs, the user's clock for simulated ones). */
    public long timeMillis(int r) {
        return time[r];
    }

    /** Source id of user {@code u} (the index itself in a dense-index log). */
    public long userId(int u) {
        return userIds[u];
    }

    /** Source id of item {@code j} (the index itself in a dense-index log). */
    public long itemId(int j) {
        return itemIds[j];
    }

    /** Index of a source user id, or −1. */
    public int userIndex(long id) {
        int i = Arrays.binarySearch(userIds, id);
        return i >= 0 ? i : -1;
    }

    /** First row of user {@code u}'s history. */
    public int userStart(int u) {
        return userStart[u];
    }

    /** One past the last row of user {@code u}'s history. */
    public int userEnd(int u) {
        return userStart[u + 1];
    }

    /** A copy of the user index column. */
    public int[] users() {
        return user.clone();
    }

    /** A copy of the item index column. */
    public int[] items() {
        return item.clone();
    }

    /** A copy of the signal column. */
    public float[] signals() {
        return signal.clone();
    }

    /** A copy of the time column (ms). */
    public long[] timesMillis() {
        return time.clone();
    }

    /** Interactions per item index. */
    public int[] itemCounts() {
        int[] c = new int[itemIds.length];
        for (int j : item) {
            c[j]++;
        }
        return c;
    }

    /** Mean signal over all rows, or 0 for an empty log. */
    public double meanSignal() {
        double s = 0;
        for (float v : signal) {
            s += v;
        }
        return signal.length == 0 ? 0 : s / signal.length;
    }

    @Override
    public String toString() {
        return "InteractionLog[" + size() + " rows, " + userCount() + " users, " + itemCount() + " items]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InteractionLog l && Arrays.equals(userIds, l.userIds) && Arrays.equals(itemIds, l.itemIds)
                && Arrays.equals(user, l.user) && Arrays.equals(item, l.item) && Arrays.equals(signal, l.signal)
                && Arrays.equals(time, l.time);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(userIds), Arrays.hashCode(item), Arrays.hashCode(signal));
    }

    /** Appends rows of a dense-index log; {@link #build()} sorts and checks them. Not thread-safe. */
    public static final class Builder {
        private final int userCount;
        private final int itemCount;
        private int[] user = new int[64];
        private int[] item = new int[64];
        private float[] signal = new float[64];
        private long[] time = new long[64];
        private int size;

        private Builder(int userCount, int itemCount) {
            this.userCount = userCount;
            this.itemCount = itemCount;
        }

        /** Appends one row (checked by {@link #build()}). */
        public Builder add(int userIndex, int itemIndex, float value, long timeMillis) {
            if (size == user.length) {
                int cap = size * 2;
                user = Arrays.copyOf(user, cap);
                item = Arrays.copyOf(item, cap);
                signal = Arrays.copyOf(signal, cap);
                time = Arrays.copyOf(time, cap);
            }
            user[size] = userIndex;
            item[size] = itemIndex;
            signal[size] = value;
            time[size] = timeMillis;
            size++;
            return this;
        }

        /** Rows added so far. */
        public int size() {
            return size;
        }

        /** The sorted, checked log. */
        public InteractionLog build() {
            return InteractionLog.of(userCount, itemCount, Arrays.copyOf(user, size), Arrays.copyOf(item, size),
                    Arrays.copyOf(signal, size), Arrays.copyOf(time, size));
        }
    }
}
