package org.feedgym.agents.intervention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.feedgym.agents.registry.StateChecks;

/**
 * The last {@link #window()} items shown to each user of a population, oldest first: what the
 * interventions read to diversify, cap or explore. A user's memory is cleared when its episode
 * starts, and kept across the sessions of one episode.
 */
public final class RecentItems {

    private final int window;
    private int[][] items = new int[0][];
    private int[] counts = new int[0];

    /** @param window how many of the latest items are kept per user; at least 1 */
    public RecentItems(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, got " + window);
        }
        this.window = window;
    }

    /** Items kept per user. */
    public int window() {
        return window;
    }

    /** Sizes the memory for {@code users} users; a change of population size forgets everything. */
    void ensureUsers(int users) {
        if (items.length != users) {
            items = new int[users][window];
            counts = new int[users];
        }
    }

    /** The population size the memory is sized for. */
    int usersKnown() {
        return items.length;
    }

    /** Forgets user {@code u}'s items (its episode starts). */
    void clear(int u) {
        counts[u] = 0;
    }

    /** Appends {@code item} to user {@code u}'s memory, dropping the oldest when full. */
    void add(int u, int item) {
        int[] row = items[u];
        if (counts[u] == window) {
            System.arraycopy(row, 1, row, 0, window - 1);
            row[window - 1] = item;
        } else {
            row[counts[u]++] = item;
        }
    }

    /** How many items user {@code u} has in memory, at most {@link #window()}. */
    public int count(int u) {
        return u < counts.length ? counts[u] : 0;
    }

    /** User {@code u}'s {@code i}-th remembered item, 0 the oldest. */
    public int item(int u, int i) {
        if (i < 0 || i >= count(u)) {
            throw new IndexOutOfBoundsException("item " + i + " of " + count(u));
        }
        return items[u][i];
    }

    /** Every user's remembered items, oldest first (for saving). */
    List<int[]> state() {
        List<int[]> state = new ArrayList<>(items.length);
        for (int u = 0; u < items.length; u++) {
            state.add(Arrays.copyOf(items[u], counts[u]));
        }
        return state;
    }

    /**
     * Restores a saved memory.
     *
     * @param catalogSize the number of items of the world loaded into
     * @throws IllegalArgumentException naming {@code $.state.recent[u]} when a row is longer than
     *                                  the window or names an item outside the catalog
     */
    void restore(List<int[]> state, int catalogSize) {
        StateChecks.required("recent", state);
        ensureUsers(state.size());
        for (int u = 0; u < state.size(); u++) {
            int[] row = StateChecks.required("recent[" + u + "]", state.get(u));
            if (row.length > window) {
                throw new IllegalArgumentException(StateChecks.path("recent[" + u + "]") + ": at most " + window
                        + " items (the window), got " + row.length);
            }
            for (int item : row) {
                if (item < 0 || item >= catalogSize) {
                    throw new IllegalArgumentException(StateChecks.path("recent[" + u + "]") + ": item " + item
                            + " is outside the catalog of " + catalogSize + " items");
                }
            }
            System.arraycopy(row, 0, items[u], 0, row.length);
            counts[u] = row.length;
        }
    }
}
