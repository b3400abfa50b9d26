package org.feedgym.agents.recommender;

import java.util.Arrays;

/**
 * User–item interactions as parallel plain arrays: row {@code r} says user {@link #user(int)}
 * met item {@link #item(int)} at {@link #timeMillis(int)} with {@link #signal(int)} (a watch
 * fraction, a reward, 1/0 for a like, or a rating, as the producer defines it).
 *
 * <p>Users and items are dense indices in [0, {@link #userCount()}) and [0,
 * {@link #itemCount()}); for logs of a simulation, users are population indices and items are
 * catalog indices. Rows are sorted by user, then time, then item, so one user's history is the
 * contiguous range [{@link #userStart(int)}, {@link #userEnd(int)}), oldest first.
 *
 * <p>The accessor names follow the {@code InteractionLog} of the data readers on the {@code data}
 * branch (which also maps source ids), so one can replace the other when both are merged.
 */
public final class InteractionLog {

    private final int userCount;
    private final int itemCount;
    private final int[] user;
    private final int[] item;
    private final float[] signal;
    private final long[] time;
    private final int[] userStart;

    private InteractionLog(int userCount, int itemCount, int[] user, int[] item, float[] signal, long[] time) {
        this.userCount = userCount;
        this.itemCount = itemCount;
        this.user = user;
        this.item = item;
        this.signal = signal;
        this.time = time;
        this.userStart = new int[userCount + 1];
        for (int u : user) {
            userStart[u + 1]++;
        }
        for (int u = 0; u < userCount; u++) {
            userStart[u + 1] += userStart[u];
        }
    }

    /**
     * A log from rows in any order; arrays are copied and rows sorted by (user, time, item).
     *
     * @param userCount  number of users, &ge; 0; every user index lies in [0, userCount)
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
        int n = user.length;
        if (item.length != n || signal.length != n || timeMillis.length != n) {
            throw new IllegalArgumentException("row arrays must have one length, got users " + n + ", items "
                    + item.length + ", signals " + signal.length + ", times " + timeMillis.length);
        }
        for (int r = 0; r < n; r++) {
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
        int[] su = new int[n];
        int[] si = new int[n];
        float[] ss = new float[n];
        long[] st = new long[n];
        for (int r = 0; r < n; r++) {
            int o = order[r];
            su[r] = user[o];
            si[r] = item[o];
            ss[r] = signal[o];
            st[r] = timeMillis[o];
        }
        return new InteractionLog(userCount, itemCount, su, si, ss, st);
    }

    /** A builder that appends rows one at a time (for collectors). */
    public static Builder builder(int userCount, int itemCount) {
        return new Builder(userCount, itemCount);
    }

    /** Number of interactions. */
    public int size() {
        return user.length;
    }

    /** Number of users (including users without interactions). */
    public int userCount() {
        return userCount;
    }

    /** Number of items (including items nobody interacted with). */
    public int itemCount() {
        return itemCount;
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

    /** Time of row {@code r}, milliseconds. */
    public long timeMillis(int r) {
        return time[r];
    }

    /** First row of user {@code u}'s history. */
    public int userStart(int u) {
        return userStart[u];
    }

    /** One past the last row of user {@code u}'s history. */
    public int userEnd(int u) {
        return userStart[u + 1];
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
        return "InteractionLog[" + size() + " rows, " + userCount + " users, " + itemCount + " items]";
    }

    /** Appends rows; {@link #build()} sorts them. Not thread-safe. */
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
