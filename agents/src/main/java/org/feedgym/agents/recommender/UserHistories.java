package org.feedgym.agents.recommender;

/**
 * The last {@code capacity} items each user of a population was shown, with the signal each
 * produced: per-user ring buffers in flat arrays, allocated once per population, so recording a
 * step allocates nothing. Index 0 is the most recent entry.
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
