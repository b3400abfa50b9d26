package org.feedgym.env.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * User–item interactions as parallel plain arrays, for classic recommenders and offline metrics:
 * row {@code r} says user {@link #user(int)} met item {@link #item(int)} at
 * {@link #timeMillis(int)} with {@link #signal(int)} (a rating, or 1 = like / 0 = hate, as the
 * dataset defines it).
 *
 * <p>Users and items are dense indices: user {@code u} has source id {@link #userId(int)} (ids
 * ascending), item {@code j} has source id {@link #itemId(int)} in the order the dataset gives
 * (for MovieLens, the order of {@code movies.csv}, which is also the catalog order). Rows are
 * sorted by user, then time, then item, so one user's history is the contiguous range
 * [{@link #userStart(int)}, {@link #userEnd(int)}), oldest first.
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
     */
    public static InteractionLog of(long[] rawUserIds, long[] itemIds, int[] item, float[] signal, long[] timeMillis) {
        int n = rawUserIds.length;
        if (item.length != n || signal.length != n || timeMillis.length != n) {
            throw new IllegalArgumentException("row arrays must have one length, got users " + n + ", items "
                    + item.length + ", signals " + signal.length + ", times " + timeMillis.length);
        }
        long[] users = Arrays.stream(rawUserIds).sorted().distinct().toArray();
        int[] u = new int[n];
        for (int r = 0; r < n; r++) {
            u[r] = Arrays.binarySearch(users, rawUserIds[r]);
            if (item[r] < 0 || item[r] >= itemIds.length) {
                throw new IllegalArgumentException("row " + r + ": item must be in [0, " + itemIds.length + "), got "
                        + item[r]);
            }
            if (!Float.isFinite(signal[r])) {
                throw new IllegalArgumentException("row " + r + ": signal must be finite, got " + signal[r]);
            }
        }
        Integer[] order = new Integer[n];
        for (int r = 0; r < n; r++) {
            order[r] = r;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Integer.compare(u[a], u[b]);
            if (c == 0) {
                c = Long.compare(timeMillis[a], timeMillis[b]);
            }
            if (c == 0) {
                c = Integer.compare(item[a], item[b]);
            }
            return c != 0 ? c : Integer.compare(a, b);
        });
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
        return new InteractionLog(users, itemIds.clone(), su, si, ss, st);
    }

    /** Number of interactions. */
    public int size() {
        return user.length;
    }

    /** Number of distinct users. */
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

    /** Signal of row {@code r} (rating, or 1 like / 0 hate). */
    public float signal(int r) {
        return signal[r];
    }

    /** Time of row {@code r}, Unix epoch milliseconds. */
    public long timeMillis(int r) {
        return time[r];
    }

    /** Source id of user {@code u}. */
    public long userId(int u) {
        return userIds[u];
    }

    /** Source id of item {@code j}. */
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

    /** A copy of the time column (epoch ms). */
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
}
