package org.feedgym.agents.recommender;

import org.feedgym.agents.registry.StateChecks;
import java.util.Arrays;

/**
 * A sparse item–item weight table: for each item its strongest neighbours (at most
 * {@code keep}, weights &gt; 0), in compressed rows sorted by neighbour index, so a weight is
 * found by binary search and the table costs O(items · keep) memory whatever the catalog size.
 */
public final class ItemNeighbours {

    private final int[] start;
    private final int[] neighbour;
    private final float[] weight;

    private ItemNeighbours(int[] start, int[] neighbour, float[] weight) {
        this.start = start;
        this.neighbour = neighbour;
        this.weight = weight;
    }

    /**
     * The saved form of a table: its compressed rows as they are.
     *
     * @param start     items + 1 row offsets into {@code neighbour} and {@code weight}
     * @param neighbour the neighbours of each item in turn, ascending within a row
     * @param weight    their weights (floats, saved as doubles)
     */
    record State(int[] start, int[] neighbour, double[] weight) {
    }

    /** A copy of the table in saved form. */
    State state() {
        return new State(start.clone(), neighbour.clone(), StateChecks.widen(weight));
    }

    /**
     * The table of a saved state, after checking it is a well-formed table (rows in order, every
     * neighbour an item of the table, sorted within its row).
     *
     * @param field where the state sits under {@code $.state}, for messages
     * @throws IllegalArgumentException naming {@code $.state.<field>...} when it is not
     */
    static ItemNeighbours restore(String field, State state) {
        StateChecks.required(field, state);
        int[] start = state.start();
        int[] nb = state.neighbour();
        double[] w = state.weight();
        StateChecks.compressedRows(field + ".start", start, field + ".neighbour", nb, field + ".weight", w, -1);
        return new ItemNeighbours(start, nb, StateChecks.narrow(w));
    }

    /** An empty table over {@code items} items: every weight is 0. */
    public static ItemNeighbours empty(int items) {
        return new ItemNeighbours(new int[items + 1], new int[0], new float[0]);
    }

    /** Number of items. */
    public int items() {
        return start.length - 1;
    }

    /** Number of neighbours kept for item {@code i}. */
    public int count(int i) {
        return start[i + 1] - start[i];
    }

    /** The {@code n}-th neighbour of item {@code i} (by ascending item index). */
    public int neighbour(int i, int n) {
        return neighbour[start[i] + n];
    }

    /** The weight of the {@code n}-th neighbour of item {@code i}. */
    public float weightAt(int i, int n) {
        return weight[start[i] + n];
    }

    /** The weight from item {@code i} to item {@code j}, or 0 when j is not among i's neighbours. */
    public float weight(int i, int j) {
        int p = Arrays.binarySearch(neighbour, start[i], start[i + 1], j);
        return p >= 0 ? weight[p] : 0;
    }

    /** Fills one item's row of raw weights; see {@link #build}. */
    @FunctionalInterface
    interface RowFiller {
        void fill(int item, Row row);
    }

    /** A dense accumulator over items with the list of entries touched. */
    static final class Row {
        private final double[] value;
        private final boolean[] marked;
        private final int[] touched;
        private int size;

        Row(int items) {
            value = new double[items];
            marked = new boolean[items];
            touched = new int[items];
        }

        /** Adds {@code w} to entry {@code j}. */
        void add(int j, double w) {
            if (!marked[j]) {
                marked[j] = true;
                touched[size++] = j;
            }
            value[j] += w;
        }

        int size() {
            return size;
        }

        int touched(int t) {
            return touched[t];
        }

        double get(int j) {
            return value[j];
        }

        void set(int j, double w) {
            value[j] = w;
        }

        void clear() {
            for (int t = 0; t < size; t++) {
                value[touched[t]] = 0;
                marked[touched[t]] = false;
            }
            size = 0;
        }
    }

    /**
     * Builds the table row by row: {@code filler} accumulates item i's raw weights to other
     * items, then the {@code keep} largest positive ones are kept (ties to the lower index).
     */
    static ItemNeighbours build(int items, int keep, RowFiller filler) {
        int[] start = new int[items + 1];
        int[] nb = new int[Math.max(16, items)];
        float[] w = new float[nb.length];
        Row row = new Row(items);
        Integer[] order = new Integer[items];
        int size = 0;
        for (int i = 0; i < items; i++) {
            row.clear();
            filler.fill(i, row);
            int m = 0;
            for (int t = 0; t < row.size(); t++) {
                int j = row.touched(t);
                if (j != i && row.get(j) > 0) {
                    order[m++] = j;
                }
            }
            Arrays.sort(order, 0, m, (a, b) -> {
                int c = Double.compare(row.get(b), row.get(a));
                return c != 0 ? c : Integer.compare(a, b);
            });
            int kept = Math.min(keep, m);
            Arrays.sort(order, 0, kept);
            if (size + kept > nb.length) {
                int cap = Math.max(nb.length * 2, size + kept);
                nb = Arrays.copyOf(nb, cap);
                w = Arrays.copyOf(w, cap);
            }
            for (int t = 0; t < kept; t++) {
                nb[size] = order[t];
                w[size] = (float) row.get(order[t]);
                size++;
            }
            start[i + 1] = size;
        }
        return new ItemNeighbours(start, Arrays.copyOf(nb, size), Arrays.copyOf(w, size));
    }
}
