package org.feedgym.agents.recommender;

import org.feedgym.agents.registry.StateChecks;
import java.util.Arrays;
import org.feedgym.env.data.InteractionLog;

/**
 * A log aggregated into a user–item matrix of mean-centred ratings, stored both by user rows and
 * by item columns (compressed, each sorted by index). The rating of (u, i) is the mean signal of
 * u's rows with item i; centring subtracts u's mean rating over the distinct items u met, so a
 * rating says "more or less than this user usually gives" (the adjusted form of Sarwar et al.
 * 2001). Entries that centre to 0 are kept: they record that the user met the item.
 */
final class Ratings {

    final int users;
    final int items;
    final int[] userStart;
    final int[] userItem;
    final float[] userValue;
    final double[] userNorm;
    final int[] itemStart;
    final int[] itemUser;
    final float[] itemValue;
    final double[] itemNorm;

    private Ratings(int users, int items, int[] userStart, int[] userItem, float[] userValue) {
        this.users = users;
        this.items = items;
        this.userStart = userStart;
        this.userItem = userItem;
        this.userValue = userValue;
        int nnz = userItem.length;
        this.userNorm = new double[users];
        this.itemNorm = new double[items];
        this.itemStart = new int[items + 1];
        this.itemUser = new int[nnz];
        this.itemValue = new float[nnz];
        for (int p = 0; p < nnz; p++) {
            itemStart[userItem[p] + 1]++;
        }
        for (int i = 0; i < items; i++) {
            itemStart[i + 1] += itemStart[i];
        }
        int[] fill = Arrays.copyOf(itemStart, items);
        for (int u = 0; u < users; u++) {
            for (int p = userStart[u]; p < userStart[u + 1]; p++) {
                int i = userItem[p];
                float v = userValue[p];
                itemUser[fill[i]] = u;
                itemValue[fill[i]++] = v;
                userNorm[u] += (double) v * v;
                itemNorm[i] += (double) v * v;
            }
        }
        for (int u = 0; u < users; u++) {
            userNorm[u] = Math.sqrt(userNorm[u]);
        }
        for (int i = 0; i < items; i++) {
            itemNorm[i] = Math.sqrt(itemNorm[i]);
        }
    }

    /** Aggregates and centres {@code log}. */
    static Ratings centred(InteractionLog log) {
        int users = log.userCount();
        int items = log.itemCount();
        double[] sum = new double[items];
        int[] count = new int[items];
        int[] touched = new int[items];
        int[] start = new int[users + 1];
        int[] rowItem = new int[log.size()];
        float[] rowValue = new float[log.size()];
        int nnz = 0;
        for (int u = 0; u < users; u++) {
            int m = 0;
            for (int r = log.userStart(u); r < log.userEnd(u); r++) {
                int i = log.item(r);
                if (count[i] == 0) {
                    touched[m++] = i;
                }
                sum[i] += log.signal(r);
                count[i]++;
            }
            Arrays.sort(touched, 0, m);
            double mean = 0;
            for (int t = 0; t < m; t++) {
                mean += sum[touched[t]] / count[touched[t]];
            }
            mean = m == 0 ? 0 : mean / m;
            for (int t = 0; t < m; t++) {
                int i = touched[t];
                rowItem[nnz] = i;
                rowValue[nnz++] = (float) (sum[i] / count[i] - mean);
                sum[i] = 0;
                count[i] = 0;
            }
            start[u + 1] = nnz;
        }
        return new Ratings(users, items, start, Arrays.copyOf(rowItem, nnz), Arrays.copyOf(rowValue, nnz));
    }

    /**
     * The saved form of the matrix: its user rows, from which the item columns and norms are
     * recomputed by the same code, hence to the same bits.
     *
     * @param items     number of items (columns)
     * @param userStart users + 1 row offsets into {@code userItem} and {@code userValue}
     * @param userItem  the items of each user in turn, ascending within a row
     * @param userValue their centred ratings (floats, saved as doubles)
     */
    record State(int items, int[] userStart, int[] userItem, double[] userValue) {
    }

    /** A copy of the matrix in saved form. */
    State state() {
        return new State(items, userStart.clone(), userItem.clone(), StateChecks.widen(userValue));
    }

    /**
     * The matrix of a saved state, after checking it is well formed.
     *
     * @param field where the state sits under {@code $.state}, for messages
     * @throws IllegalArgumentException naming {@code $.state.<field>...} when it is not
     */
    static Ratings restore(String field, State state) {
        StateChecks.required(field, state);
        int items = StateChecks.count(field + ".items", state.items());
        int[] start = state.userStart();
        int[] item = state.userItem();
        double[] value = state.userValue();
        int users = StateChecks.compressedRows(field + ".userStart", start, field + ".userItem", item,
                field + ".userValue", value, items);
        return new Ratings(users, items, start, item, StateChecks.narrow(value));
    }

    /** The centred rating of (u, i), or NaN when u never met i. */
    float value(int u, int i) {
        int p = Arrays.binarySearch(userItem, userStart[u], userStart[u + 1], i);
        return p >= 0 ? userValue[p] : Float.NaN;
    }
}
