package org.feedgym.agents.recommender;

import org.feedgym.agents.registry.StateChecks;

/**
 * The last {@code capacity} items each user of a population was shown, with the signal each
 * produced: per-user ring buffers in flat arrays, allocated once per population, so recording a
 * step allocates nothing. Index 0 is the most recent entry. {@link #state()} and {@link #restore}
 * save and restore them exactly.
 */
public final class UserHistories {

    private final int capacity;
    private int users;
    private int[] items = new int[0];
    private float[] signals = new float[0];
    private int[] count = new int[0];
    private int[] head = new int[0];

    /** @param capacity entries remembered per user, &ge; 0 (0 remembers nothing) */
    public UserHistories(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, got " + capacity);
        }
        this.capacity = capacity;
    }

    /** Forgets everything and makes room for {@code n} users. */
    public void reset(int n) {
        users = n;
        items = new int[n * capacity];
        signals = new float[n * capacity];
        count = new int[n];
        head = new int[n];
    }

    /**
     * The saved form of the histories: the ring buffers as they lie in memory, so that a restored
     * history not only lists the same entries but also sums them in the same order
     * ({@link #meanSignal}) and so gives bit-identical scores.
     *
     * @param users   number of users room was made for, &ge; 0
     * @param items   users × capacity item indices, user-major, ring slots in memory order
     * @param signals users × capacity signals (floats, saved as doubles), laid out as {@code items}
     * @param count   per user, the entries remembered, in [0, capacity]
     * @param head    per user, the slot the next entry goes to, in [0, capacity); equal to the
     *                count until the ring first fills
     */
    public record State(int users, int[] items, double[] signals, int[] count, int[] head) {
    }

    /** A copy of the histories in saved form. */
    State state() {
        return new State(users, items.clone(), StateChecks.widen(signals), count.clone(), head.clone());
    }

    /**
     * Replaces the histories with saved ones, after checking they fit this capacity.
     *
     * @param field     where the state sits under {@code $.state}, for messages
     * @param itemCount items of the catalog the entries index, or {@code Integer.MAX_VALUE} when unknown
     * @throws IllegalArgumentException naming {@code $.state.<field>...} when the state is inconsistent
     */
    void restore(String field, State state, int itemCount) {
        StateChecks.required(field, state);
        int n = StateChecks.count(field + ".users", state.users());
        long slots = (long) n * capacity;
        StateChecks.length(field + ".items", StateChecks.required(field + ".items", state.items()).length, slots);
        StateChecks.length(field + ".signals", StateChecks.required(field + ".signals", state.signals()).length,
                slots);
        StateChecks.length(field + ".count", StateChecks.required(field + ".count", state.count()).length, n);
        StateChecks.length(field + ".head", StateChecks.required(field + ".head", state.head()).length, n);
        for (int u = 0; u < n; u++) {
            int c = state.count()[u];
            int h = state.head()[u];
            if (c < 0 || c > capacity) {
                throw StateChecks.invalid(field + ".count[" + u + "]", "must be in [0, " + capacity + "], got " + c);
            }
            // A full ring's head may be any slot; before that it is the count. (With capacity 0 both say 0.)
            boolean full = c == capacity && capacity > 0;
            if (full ? h < 0 || h >= capacity : h != c) {
                throw StateChecks.invalid(field + ".head[" + u + "]", (full ? "must be in [0, " + capacity + ")"
                        : "must equal the count (" + c + ") while the history is not full") + ", got " + h);
            }
        }
        int[] it = state.items();
        for (int s = 0; s < it.length; s++) {
            if (it[s] < 0 || it[s] >= itemCount) {
                throw StateChecks.invalid(field + ".items[" + s + "]", "must be a catalog item in [0, " + itemCount
                        + "), got " + it[s]);
            }
        }
        users = n;
        items = it;
        signals = StateChecks.narrow(state.signals());
        count = state.count();
        head = state.head();
    }

    /** Number of users room was made for. */
    public int users() {
        return users;
    }

    /** Entries remembered per user at most. */
    public int capacity() {
        return capacity;
    }

    /** Records that user {@code u} was shown {@code item} with {@code signal}. */
    public void add(int u, int item, double signal) {
        if (capacity == 0) {
            return;
        }
        int h = head[u];
        items[u * capacity + h] = item;
        signals[u * capacity + h] = (float) signal;
        head[u] = h + 1 == capacity ? 0 : h + 1;
        if (count[u] < capacity) {
            count[u]++;
        }
    }

    /** Entries remembered for user {@code u}, in [0, capacity]. */
    public int size(int u) {
        return count[u];
    }

    /** The item of user {@code u}'s {@code i}-th most recent entry (0 = latest). */
    public int item(int u, int i) {
        return items[u * capacity + slot(u, i)];
    }

    /** The signal of user {@code u}'s {@code i}-th most recent entry. */
    public float signal(int u, int i) {
        return signals[u * capacity + slot(u, i)];
    }

    /** Mean signal over user {@code u}'s remembered entries, or 0 when there are none. */
    public double meanSignal(int u) {
        int n = count[u];
        if (n == 0) {
            return 0;
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += signals[u * capacity + i];
        }
        return s / n;
    }

    private int slot(int u, int i) {
        if (i < 0 || i >= count[u]) {
            throw new IndexOutOfBoundsException("entry " + i + " of user " + u + " (has " + count[u] + ")");
        }
        int s = head[u] - 1 - i;
        return s < 0 ? s + capacity : s;
    }
}
