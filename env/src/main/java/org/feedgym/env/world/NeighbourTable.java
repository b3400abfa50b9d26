package org.feedgym.env.world;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * For every item, its {@code width} most cosine-similar other items, most similar first
 * (ties broken by lower index): by exact search over the catalog ({@link #build}) or, for large
 * catalogs, from an approximate {@link NeighbourIndex}.
 *
 * <p>Exact search costs items² · d multiply-adds: about two seconds for 10,000 items at d = 32 on
 * two cores, 270 s for 100,000. Rows are independent, so the result does not depend on the thread
 * count.
 */
public final class NeighbourTable implements Neighbours {

    /** Neighbours compared per item when a table's recall is reported (bench env, a run's manifest). */
    public static final int RECALL_K = 20;

    private final int width;
    private final int[] neighbours;
    /** Cells of the approximate index the rows came from, or 0 for exact search. */
    private final int cells;
    /** Cells each item searched in that index, or 0 for exact search. */
    private final int probedCells;

    /** A table from exact search. */
    NeighbourTable(int width, int[] neighbours) {
        this(width, neighbours, 0, 0);
    }

    /** A table from an approximate index of {@code cells} cells, {@code probedCells} searched per item. */
    NeighbourTable(int width, int[] neighbours, int cells, int probedCells) {
        this.width = width;
        this.neighbours = neighbours;
        this.cells = cells;
        this.probedCells = probedCells;
    }

    /**
     * Builds the table.
     *
     * @param catalog the items
     * @param width   neighbours per item; clipped to items − 1
     * @param pool    where to run rows in parallel, or {@code null} for the calling thread
     */
    public static NeighbourTable build(Catalog catalog, int width, ForkJoinPool pool) {
        int n = catalog.size();
        int w = Math.max(0, Math.min(width, n - 1));
        int[] table = new int[n * w];
        Runnable all = () -> IntStream.range(0, n).parallel().forEach(i -> fillRow(catalog, i, w, table));
        if (pool == null) {
            for (int i = 0; i < n; i++) {
                fillRow(catalog, i, w, table);
            }
        } else {
            pool.submit(all).join();
        }
        return new NeighbourTable(w, table);
    }

    /**
     * The exact table of the first {@code items} items of {@code catalog}, searched among them
     * alone; rows of later items are left empty (0). The day-0 table of a catalog that ends with
     * upload slots ({@link LiveNeighbours} grows it as items are uploaded).
     */
    static NeighbourTable buildPrefix(Catalog catalog, int items, int width, ForkJoinPool pool) {
        int w = Math.max(0, Math.min(width, items - 1));
        int[] table = new int[catalog.size() * w];
        Runnable all = () -> IntStream.range(0, items).parallel().forEach(
                i -> System.arraycopy(exactRow(catalog, i, w, items), 0, table, i * w, w));
        if (pool == null) {
            for (int i = 0; i < items && w > 0; i++) {
                System.arraycopy(exactRow(catalog, i, w, items), 0, table, i * w, w);
            }
        } else if (w > 0) {
            pool.submit(all).join();
        }
        return new NeighbourTable(w, table);
    }

    private static void fillRow(Catalog catalog, int item, int w, int[] table) {
        if (w == 0) {
            return;
        }
        System.arraycopy(exactRow(catalog, item, w), 0, table, item * w, w);
    }

    /** The exact {@code w} nearest neighbours of {@code item}, most similar first, ties by lower index. */
    static int[] exactRow(Catalog catalog, int item, int w) {
        return exactRow(catalog, item, w, catalog.size());
    }

    /** As {@link #exactRow(Catalog, int, int)} among the first {@code n} items only. */
    static int[] exactRow(Catalog catalog, int item, int w, int n) {
        float[] emb = catalog.embeddingsView();
        int d = catalog.dimensions();
        double[] bestScore = new double[w];
        int[] bestItem = new int[w];
        int filled = 0;
        int base = item * d;
        for (int j = 0; j < n; j++) {
            if (j == item) {
                continue;
            }
            int bj = j * d;
            double s = 0;
            for (int k = 0; k < d; k++) {
                s += emb[base + k] * emb[bj + k];
            }
            if (filled < w) {
                int pos = filled++;
                while (pos > 0 && bestScore[pos - 1] < s) {
                    bestScore[pos] = bestScore[pos - 1];
                    bestItem[pos] = bestItem[pos - 1];
                    pos--;
                }
                bestScore[pos] = s;
                bestItem[pos] = j;
            } else if (s > bestScore[w - 1]) {
                int pos = w - 1;
                while (pos > 0 && bestScore[pos - 1] < s) {
                    bestScore[pos] = bestScore[pos - 1];
                    bestItem[pos] = bestItem[pos - 1];
                    pos--;
                }
                bestScore[pos] = s;
                bestItem[pos] = j;
            }
        }
        return bestItem;
    }

    /** Whether the rows come from exact search (false: from an approximate index). */
    public boolean exact() {
        return cells == 0;
    }

    /** Cells of the approximate index the rows came from, or 0 for exact search. */
    public int cells() {
        return cells;
    }

    /** Cells each item searched in that index, or 0 for exact search. */
    public int probedCells() {
        return probedCells;
    }

    /**
     * Recall of this table against exact search: over {@code sample} items drawn without
     * replacement from the seed (all items when the catalog is no larger), the mean share of each
     * row's first {@code k} neighbours that are among the item's exact {@code k} nearest. An exact
     * table scores 1 by construction and is not re-searched.
     *
     * @param catalog the catalog this table was built for
     * @param k       neighbours compared per item, in [1, width]
     * @param sample  items checked, at least 1
     * @param seed    seed of the sample
     * @param pool    where to run the exact searches, or {@code null}
     */
    public double recall(Catalog catalog, int k, int sample, long seed, ForkJoinPool pool) {
        if (k < 1 || k > width) {
            throw new IllegalArgumentException("k must be in [1, " + width + "], got " + k);
        }
        if (sample < 1) {
            throw new IllegalArgumentException("sample must be >= 1, got " + sample);
        }
        if (exact()) {
            return 1.0;
        }
        int n = catalog.size();
        int[] items = org.feedgym.env.random.Seeds.generator(seed, "recall-sample", 0)
                .ints(0, n).distinct().limit(Math.min(sample, n)).toArray();
        double[] hits = new double[items.length];
        Runnable all = () -> IntStream.range(0, items.length).parallel().forEach(i -> {
            int[] truth = exactRow(catalog, items[i], k);
            java.util.Set<Integer> set = new java.util.HashSet<>();
            for (int t : truth) {
                set.add(t);
            }
            int hit = 0;
            for (int r = 0; r < k; r++) {
                if (set.contains(neighbour(items[i], r))) {
                    hit++;
                }
            }
            hits[i] = (double) hit / k;
        });
        if (pool == null) {
            all.run();
        } else {
            pool.submit(all).join();
        }
        return java.util.Arrays.stream(hits).sum() / items.length;
    }

    /** Neighbours kept per item. */
    @Override
    public int width() {
        return width;
    }

    /** The {@code rank}-th nearest neighbour of {@code item} (rank 0 = most similar). */
    @Override
    public int neighbour(int item, int rank) {
        return neighbours[item * width + rank];
    }
}
