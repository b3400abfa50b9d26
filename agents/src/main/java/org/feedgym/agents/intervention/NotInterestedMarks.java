package org.feedgym.agents.intervention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.feedgym.agents.registry.StateChecks;

/**
 * What a platform knows of each user's "not interested" marks: per user, the number of items shown
 * in its episode so far and, per topic, the item count at its last mark of the topic (−1 if none).
 * Read from the step outcomes the agent observes ({@code hated} and the shown item), never from
 * hidden user state.
 */
final class NotInterestedMarks {

    private final int topics;
    private int[][] rows = new int[0][];

    /** @param topics the catalog's topic count */
    NotInterestedMarks(int topics) {
        this.topics = topics;
    }

    /** Sizes the memory for {@code users} users; a change of population size forgets everything. */
    void ensureUsers(int users) {
        if (rows.length != users) {
            rows = new int[users][];
            for (int u = 0; u < users; u++) {
                rows[u] = fresh();
            }
        }
    }

    private int[] fresh() {
        int[] row = new int[topics + 1];
        forget(row);
        return row;
    }

    private static void forget(int[] row) {
        row[0] = 0;
        Arrays.fill(row, 1, row.length, -1);
    }

    /** Forgets user {@code u} (its episode starts), in place. */
    void clear(int u) {
        if (u < rows.length) {
            forget(rows[u]);
        }
    }

    /** Records that user {@code u} was shown an item of {@code topic}, marked "not interested" or not. */
    void shown(int u, int topic, boolean marked) {
        if (u >= rows.length) {
            return;
        }
        int[] row = rows[u];
        if (marked) {
            row[1 + topic] = row[0];
        }
        row[0]++;
    }

    /**
     * Items shown to user {@code u} since its last mark of {@code topic} (0: the mark was on the
     * latest item), or −1 if it never marked the topic.
     */
    int age(int u, int topic) {
        if (u >= rows.length || rows[u][1 + topic] < 0) {
            return -1;
        }
        return rows[u][0] - rows[u][1 + topic] - 1;
    }

    /** Every user's row (items shown, then the mark of each topic), for saving. */
    List<int[]> state() {
        List<int[]> state = new ArrayList<>(rows.length);
        for (int[] row : rows) {
            state.add(row.clone());
        }
        return state;
    }

    /**
     * Restores a saved memory.
     *
     * @throws IllegalArgumentException naming {@code $.state.rule[u]} when a row does not hold the
     *                                  items shown and one mark per topic, or a mark lies outside
     *                                  [−1, items shown)
     */
    void restore(List<int[]> state) {
        StateChecks.required("rule", state);
        ensureUsers(state.size());
        for (int u = 0; u < state.size(); u++) {
            String field = "rule[" + u + "]";
            int[] row = StateChecks.required(field, state.get(u));
            if (row.length != topics + 1) {
                throw new IllegalArgumentException(StateChecks.path(field) + ": must hold " + (topics + 1)
                        + " numbers (items shown, then one mark per topic), got " + row.length);
            }
            for (int t = 1; t < row.length; t++) {
                if (row[t] < -1 || row[t] >= Math.max(row[0], 0) || row[0] < 0) {
                    throw new IllegalArgumentException(StateChecks.path(field) + ": mark " + row[t]
                            + " must be -1 or in [0, " + row[0] + ")");
                }
            }
            rows[u] = row.clone();
        }
    }
}
