package org.feedgym.env.world;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.feedgym.env.random.MixRandom;
import org.feedgym.env.random.Seeds;

/**
 * An approximate nearest-neighbour index over unit item embeddings, for catalogs too large for
 * the exact, quadratic {@link NeighbourTable#build}: an inverted file (Jégou, Douze &amp; Schmid
 * 2011, "Product quantization for nearest neighbor search", IVF without quantization) searched
 * by blocked exact arithmetic.
 *
 * <p><b>Cells.</b> Spherical k-means cuts the items into {@link #cellsFor} cells of about
 * {@value #ITEMS_PER_CELL} items: the centroids start at items drawn from the seed and are refined
 * by {@value #KMEANS_ROUNDS} rounds over a sample of the items drawn from the seed (assignment in
 * parallel, each centroid's sum taken in item order in double), then every item joins the cell
 * of its most similar centroid (ties to the lower cell). Each cell keeps its items
 * dimension-major (one float array per dimension), so the dot products of a query with a whole
 * cell are a loop the JIT compiles to SIMD instructions.
 *
 * <p><b>Search.</b> A query probes the {@code probes} cells whose centroids are most similar to it
 * ({@link #probesFor}; its own cell among them) and scores every item in them in float; the best
 * {@code width + }{@value #MARGIN} by (float score, lower index) are re-scored with the exact
 * cosine of {@link Catalog#cosine} (float products summed in double) and ordered most similar
 * first, ties by lower index, as the exact table orders them. {@link #table} groups the queries
 * of one cell by the cells they probe, so each probed cell is read once per query cell while it is
 * in cache.
 *
 * <p><b>Determinism.</b> The cells depend only on the items, the seed and the item count; a row
 * depends only on the query, its probed cells and their items (float arithmetic in a fixed order,
 * selection by (score, index) whatever the order of arrival). Rows computed in parallel therefore
 * do not depend on the thread count.
 *
 * <p><b>Growth.</b> {@link #add} appends items to the cells of their most similar centroids
 * (centroids stay as built); nothing is rebuilt, and a later {@link #nearest} or {@link #table}
 * finds them.
 */
public final class NeighbourIndex {

    /** Items per cell that {@link #cellsFor} aims for. */
    public static final int ITEMS_PER_CELL = 500;
    /** Rounds of k-means over the training sample. */
    static final int KMEANS_ROUNDS = 8;
    /** Training items per cell (the sample is at most this many times the cell count). */
    static final int SAMPLE_PER_CELL = 48;
    /** Candidates kept in float beyond the row width before the exact re-scoring. */
    static final int MARGIN = 8;

    private final int dimensions;
    private final long seed;
    private final int cellCount;
    private final int probes;
    /** Unit centroids, dimension-major: {@code centroids[k][c]}. */
    private final float[][] centroids;
    /** Items of each cell, ascending (added items at the end). */
    private final int[][] members;
    private final int[] cellSizes;
    /** Each cell's vectors, dimension-major: {@code cellRows[c][k][m]} is dimension k of member m. */
    private final float[][][] cellRows;
    private float[] vectors;
    private boolean ownsVectors;
    private int size;

    private NeighbourIndex(int dimensions, long seed, int probes, float[][] centroids, int[][] members,
                           int[] cellSizes, float[][][] cellRows, float[] vectors, int size) {
        this.dimensions = dimensions;
        this.seed = seed;
        this.cellCount = centroids[0].length;
        this.probes = probes;
        this.centroids = centroids;
        this.members = members;
        this.cellSizes = cellSizes;
        this.cellRows = cellRows;
        this.vectors = vectors;
        this.size = size;
    }

    /**
     * Builds an index over {@code vectors.length / dimensions} items with the default cell and
     * probe counts, on the calling thread.
     *
     * @param vectors    row-major unit vectors, one row of {@code dimensions} per item; read, never
     *                   modified, and kept until the first {@link #add}
     * @param dimensions the vector length, at least 1
     * @param seed       seed of the k-means start and sample
     */
    public static NeighbourIndex build(float[] vectors, int dimensions, long seed) {
        return build(vectors, dimensions, seed, null);
    }

    /** As {@link #build(float[], int, long)}, the k-means and assignment on {@code pool} (or {@code null}). */
    public static NeighbourIndex build(float[] vectors, int dimensions, long seed, ForkJoinPool pool) {
        int n = rows(vectors, dimensions);
        int cells = cellsFor(n);
        return build(vectors, dimensions, seed, cells, probesFor(cells), pool);
    }

    /** Builds an index over a catalog's embeddings with the default cell and probe counts. */
    public static NeighbourIndex build(Catalog catalog, long seed, ForkJoinPool pool) {
        return build(catalog.embeddingsView(), catalog.dimensions(), seed, pool);
    }

    /** Builds an index over a catalog's embeddings with the default cell and probe counts, on the calling thread. */
    public static NeighbourIndex build(Catalog catalog, long seed) {
        return build(catalog, seed, null);
    }

    /**
     * Builds an index with given cell and probe counts.
     *
     * @param vectors    row-major unit vectors, one row of {@code dimensions} per item
     * @param dimensions the vector length, at least 1
     * @param seed       seed of the k-means start and sample
     * @param cells      number of cells, at least 1 (clipped to the item count)
     * @param probes     cells each query searches, at least 1 (clipped to the cell count)
     * @param pool       where to run the k-means and assignment, or {@code null} for the calling thread
     */
    public static NeighbourIndex build(float[] vectors, int dimensions, long seed, int cells, int probes,
                                       ForkJoinPool pool) {
        int n = rows(vectors, dimensions);
        if (cells < 1) {
            throw new IllegalArgumentException("cells must be >= 1, got " + cells);
        }
        if (probes < 1) {
            throw new IllegalArgumentException("probes must be >= 1, got " + probes);
        }
        int c = Math.max(1, Math.min(cells, n));
        float[][] centroids = kMeans(vectors, n, dimensions, c, seed, pool);
        int[] cellOf = new int[n];
        float[][] cent = centroids;
        forEach(n, 4096, pool, () -> new float[c], (i, scores) -> cellOf[i] = nearestCell(cent, c, vectors, i,
                dimensions, scores));
        int[] counts = new int[c];
        for (int i = 0; i < n; i++) {
            counts[cellOf[i]]++;
        }
        int[][] members = new int[c][];
        float[][][] cellRows = new float[c][dimensions][];
        for (int cell = 0; cell < c; cell++) {
            members[cell] = new int[counts[cell]];
            for (int k = 0; k < dimensions; k++) {
                cellRows[cell][k] = new float[counts[cell]];
            }
        }
        int[] fill = new int[c];
        for (int i = 0; i < n; i++) {
            members[cellOf[i]][fill[cellOf[i]]++] = i;
        }
        forEach(c, 1, pool, () -> null, (cell, unused) -> {
            float[][] r = cellRows[cell];
            int[] m = members[cell];
            for (int j = 0; j < m.length; j++) {
                int b = m[j] * dimensions;
                for (int k = 0; k < dimensions; k++) {
                    r[k][j] = vectors[b + k];
                }
            }
        });
        return new NeighbourIndex(dimensions, seed, Math.min(probes, c), centroids, members, counts, cellRows,
                vectors, n);
    }

    /**
     * The default cell count for {@code items} items: about one per {@value #ITEMS_PER_CELL}
     * items, at least 1. It depends on the item count only, never on the thread count.
     */
    public static int cellsFor(int items) {
        return Math.max(1, (int) Math.round(items / (double) ITEMS_PER_CELL));
    }

    /**
     * The default probe count for {@code cells} cells: {@code ⌈0.5 · cells^0.68⌉}, at most
     * {@code cells} (7 of 40 cells at 20,000 items, 19 of 200 at 10^5, 88 of 2,000 at 10^6): the
     * share of cells probed falls as the catalog grows, chosen on the synthetic catalog for
     * recall@20 of about 0.97 at every size (see the README).
     */
    public static int probesFor(int cells) {
        return Math.min(cells, Math.max(1, (int) Math.ceil(0.5 * Math.pow(cells, 0.68))));
    }

    private static int rows(float[] vectors, int dimensions) {
        if (dimensions < 1 || vectors.length % dimensions != 0) {
            throw new IllegalArgumentException("vectors must hold whole rows of dimensions >= 1, got "
                    + vectors.length + " values for dimensions " + dimensions);
        }
        return vectors.length / dimensions;
    }

    /** Spherical k-means over a sample: unit centroids, dimension-major. */
    private static float[][] kMeans(float[] vectors, int n, int d, int cells, long seed, ForkJoinPool pool) {
        MixRandom random = Seeds.generator(seed, "kmeans", 0);
        // The training sample: a seeded partial shuffle of the item indices, then sorted, so the
        // centroid sums run in item order.
        int sampleSize = (int) Math.min(n, (long) cells * SAMPLE_PER_CELL);
        int[] order = IntStream.range(0, n).toArray();
        for (int i = 0; i < sampleSize; i++) {
            int j = i + random.nextInt(n - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] sample = Arrays.copyOf(order, sampleSize);
        // Start: the first `cells` sampled items (distinct items, in the seeded order).
        float[][] centroids = new float[d][cells];
        for (int c = 0; c < cells; c++) {
            for (int k = 0; k < d; k++) {
                centroids[k][c] = vectors[sample[c] * d + k];
            }
        }
        Arrays.sort(sample);
        int[] assigned = new int[sampleSize];
        double[] sums = new double[cells * d];
        int[] counts = new int[cells];
        for (int round = 0; round < KMEANS_ROUNDS; round++) {
            float[][] cent = centroids;
            forEach(sampleSize, 1024, pool, () -> new float[cells],
                    (s, scores) -> assigned[s] = nearestCell(cent, cells, vectors, sample[s], d, scores));
            Arrays.fill(sums, 0);
            Arrays.fill(counts, 0);
            for (int s = 0; s < sampleSize; s++) {
                int c = assigned[s];
                counts[c]++;
                int b = sample[s] * d;
                for (int k = 0; k < d; k++) {
                    sums[c * d + k] += vectors[b + k];
                }
            }
            for (int c = 0; c < cells; c++) {
                double norm = 0;
                for (int k = 0; k < d; k++) {
                    norm += sums[c * d + k] * sums[c * d + k];
                }
                if (counts[c] == 0 || norm == 0) {
                    continue; // an empty cell keeps its centroid
                }
                double inv = 1 / Math.sqrt(norm);
                for (int k = 0; k < d; k++) {
                    centroids[k][c] = (float) (sums[c * d + k] * inv);
                }
            }
        }
        return centroids;
    }

    /** The cell of the centroid most similar to item {@code i} (ties to the lower cell). */
    private static int nearestCell(float[][] centroids, int cells, float[] vectors, int i, int d, float[] scores) {
        dots(centroids, cells, vectors, i * d, d, scores);
        int best = 0;
        for (int c = 1; c < cells; c++) {
            if (scores[c] > scores[best]) {
                best = c;
            }
        }
        return best;
    }

    /**
     * The float dot products of the query at {@code query[offset …]} with the first {@code count}
     * columns of the dimension-major {@code rows}, into {@code out}. Four dimensions per pass over
     * {@code out}, every array indexed alike, so the JIT vectorises the inner loop; the sums run in
     * the same order whether it does or not (Java float arithmetic is never fused or reordered).
     */
    static void dots(float[][] rows, int count, float[] query, int offset, int d, float[] out) {
        int k = 0;
        if (d >= 4) {
            float[] x0 = rows[0];
            float[] x1 = rows[1];
            float[] x2 = rows[2];
            float[] x3 = rows[3];
            float a0 = query[offset];
            float a1 = query[offset + 1];
            float a2 = query[offset + 2];
            float a3 = query[offset + 3];
            for (int j = 0; j < count; j++) {
                out[j] = a0 * x0[j] + a1 * x1[j] + a2 * x2[j] + a3 * x3[j];
            }
            k = 4;
        } else {
            Arrays.fill(out, 0, count, 0f);
        }
        for (; k + 4 <= d; k += 4) {
            float[] x0 = rows[k];
            float[] x1 = rows[k + 1];
            float[] x2 = rows[k + 2];
            float[] x3 = rows[k + 3];
            float a0 = query[offset + k];
            float a1 = query[offset + k + 1];
            float a2 = query[offset + k + 2];
            float a3 = query[offset + k + 3];
            for (int j = 0; j < count; j++) {
                out[j] += a0 * x0[j] + a1 * x1[j] + a2 * x2[j] + a3 * x3[j];
            }
        }
        for (; k < d; k++) {
            float[] x = rows[k];
            float a = query[offset + k];
            for (int j = 0; j < count; j++) {
                out[j] += a * x[j];
            }
        }
    }

    /**
     * Appends items (their indices continue from {@link #size()}) to the cells of their most
     * similar centroids without rebuilding anything.
     *
     * @param more row-major unit vectors of the new items
     */
    public void add(float[] more) {
        if (more.length % dimensions != 0) {
            throw new IllegalArgumentException("vectors must hold whole rows of " + dimensions + ", got "
                    + more.length + " values");
        }
        int added = more.length / dimensions;
        if ((long) (size + added) * dimensions > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("index full: " + size + " + " + added + " items of " + dimensions);
        }
        if (!ownsVectors || (size + added) * dimensions > vectors.length) {
            long capacity = Math.max(size + added, Math.min(Integer.MAX_VALUE / dimensions - 8L, size * 3L / 2));
            vectors = Arrays.copyOf(vectors, (int) capacity * dimensions);
            ownsVectors = true;
        }
        System.arraycopy(more, 0, vectors, size * dimensions, added * dimensions);
        float[] scores = new float[cellCount];
        for (int a = 0; a < added; a++) {
            int item = size + a;
            int c = nearestCell(centroids, cellCount, vectors, item, dimensions, scores);
            int m = cellSizes[c];
            if (m == members[c].length) {
                int grown = Math.max(4, m + (m >> 1));
                members[c] = Arrays.copyOf(members[c], grown);
                for (int k = 0; k < dimensions; k++) {
                    cellRows[c][k] = Arrays.copyOf(cellRows[c][k], grown);
                }
            }
            members[c][m] = item;
            for (int k = 0; k < dimensions; k++) {
                cellRows[c][k][m] = vectors[item * dimensions + k];
            }
            cellSizes[c] = m + 1;
        }
        size += added;
    }

    /** Items in the index. */
    public int size() {
        return size;
    }

    /** Number of cells. */
    public int cells() {
        return cellCount;
    }

    /** Cells each query searches. */
    public int probes() {
        return probes;
    }

    /** The seed of the k-means start and sample. */
    public long seed() {
        return seed;
    }

    /**
     * The {@code k} items most cosine-similar to {@code item} among its probed cells, excluding the
     * item itself, most similar first (ties by lower index).
     */
    public int[] nearest(int item, int k) {
        if (item < 0 || item >= size) {
            throw new IllegalArgumentException("item must be in [0, " + size + "), got " + item);
        }
        int want = Math.max(0, Math.min(k, size - 1));
        if (want == 0) {
            return new int[0];
        }
        Search search = new Search(1, want);
        int[] probed = new int[probes];
        probe(item, probed, search.cellScores);
        for (int c : probed) {
            search.scan(c, 0, item);
        }
        int[] out = new int[want];
        int found = search.finish(0, item, out, 0);
        return found == want ? out : Arrays.copyOf(out, found);
    }

    /** The {@link #probes} cells whose centroids are most similar to {@code item}, ties to the lower cell. */
    private void probe(int item, int[] probed, float[] scores) {
        dots(centroids, cellCount, vectors, item * dimensions, dimensions, scores);
        int filled = 0;
        for (int c = 0; c < cellCount; c++) {
            float s = scores[c];
            int pos;
            if (filled < probes) {
                pos = filled++;
            } else if (s > scores[probed[probes - 1]]) {
                pos = probes - 1;
            } else {
                continue;
            }
            while (pos > 0 && scores[probed[pos - 1]] < s) {
                probed[pos] = probed[pos - 1];
                pos--;
            }
            probed[pos] = c;
        }
    }

    /**
     * Every item's {@code width} nearest neighbours as a table, one task per cell on {@code pool}
     * (or all on the calling thread when {@code null}); the result does not depend on the thread
     * count.
     */
    public NeighbourTable table(int width, ForkJoinPool pool) {
        int n = size;
        int w = Math.max(0, Math.min(width, n - 1));
        int[] rows = new int[n * w];
        if (w == 0) {
            return new NeighbourTable(0, rows, cellCount, probes);
        }
        forEach(cellCount, 1, pool, () -> null, (cell, unused) -> cellRows(cell, w, rows));
        return new NeighbourTable(w, rows, cellCount, probes);
    }

    /** The rows of one cell's items: their probes grouped by probed cell, each probed cell scanned once. */
    private void cellRows(int cell, int w, int[] rows) {
        int m = cellSizes[cell];
        if (m == 0) {
            return;
        }
        int[] items = members[cell];
        Search search = new Search(m, w);
        int[] probed = new int[m * probes];
        int[] perCell = new int[cellCount + 1];
        int[] one = new int[probes];
        for (int q = 0; q < m; q++) {
            probe(items[q], one, search.cellScores);
            System.arraycopy(one, 0, probed, q * probes, probes);
            for (int c : one) {
                perCell[c + 1]++;
            }
        }
        for (int c = 0; c < cellCount; c++) {
            perCell[c + 1] += perCell[c];
        }
        // Queries of this cell grouped by probed cell (in query order within a group).
        int[] byCell = new int[m * probes];
        int[] next = Arrays.copyOf(perCell, cellCount);
        for (int q = 0; q < m; q++) {
            for (int p = 0; p < probes; p++) {
                byCell[next[probed[q * probes + p]]++] = q;
            }
        }
        for (int c = 0; c < cellCount; c++) {
            for (int x = perCell[c]; x < perCell[c + 1]; x++) {
                int q = byCell[x];
                search.scan(c, q, items[q]);
            }
        }
        for (int q = 0; q < m; q++) {
            int item = items[q];
            int found = search.finish(q, item, rows, item * w);
            // Fewer than w candidates only when the probed cells hold fewer than w + 1 items: the
            // row is then padded with the last one found (the candidate generator skips duplicates).
            for (int r = found; r < w; r++) {
                rows[item * w + r] = found == 0 ? (item + 1 + r) % size : rows[item * w + found - 1];
            }
        }
    }

    /** The float top-(width + margin) of several queries, and their exact re-scoring. */
    private final class Search {
        final int keep;
        final int want;
        final float[] best;
        final int[] bestItem;
        final int[] filled;
        final float[] scores;
        final float[] cellScores;

        Search(int queries, int want) {
            this.want = want;
            this.keep = want + MARGIN;
            this.best = new float[queries * keep];
            this.bestItem = new int[queries * keep];
            this.filled = new int[queries];
            int largest = 0;
            for (int c = 0; c < cellCount; c++) {
                largest = Math.max(largest, cellSizes[c]);
            }
            this.scores = new float[largest];
            this.cellScores = new float[cellCount];
        }

        /** Scores query {@code q} (item {@code item}) against cell {@code c} and keeps the best. */
        void scan(int c, int q, int item) {
            int count = cellSizes[c];
            dots(cellRows[c], count, vectors, item * dimensions, dimensions, scores);
            int[] ids = members[c];
            int base = q * keep;
            int f = filled[q];
            float threshold = f < keep ? Float.NEGATIVE_INFINITY : best[base + keep - 1];
            // A tight search loop finds the rare scores that reach the threshold.
            for (int j = next(scores, 0, count, threshold); j < count; j = next(scores, j + 1, count, threshold)) {
                float s = scores[j];
                int id = ids[j];
                if (id == item) {
                    continue;
                }
                int pos;
                if (f < keep) {
                    pos = f++;
                } else if (s > best[base + keep - 1] || id < bestItem[base + keep - 1]) {
                    pos = keep - 1;
                } else {
                    continue;
                }
                while (pos > 0 && (best[base + pos - 1] < s
                        || (best[base + pos - 1] == s && bestItem[base + pos - 1] > id))) {
                    best[base + pos] = best[base + pos - 1];
                    bestItem[base + pos] = bestItem[base + pos - 1];
                    pos--;
                }
                best[base + pos] = s;
                bestItem[base + pos] = id;
                if (f == keep) {
                    threshold = best[base + keep - 1];
                }
            }
            filled[q] = f;
        }

        /**
         * Re-scores query {@code q}'s kept candidates exactly and writes the best {@link #want}
         * (most similar first, ties by lower index) into {@code out} at {@code at}; returns how many.
         */
        int finish(int q, int item, int[] out, int at) {
            int f = filled[q];
            int base = q * keep;
            double[] exact = new double[f];
            Integer[] order = new Integer[f];
            for (int x = 0; x < f; x++) {
                exact[x] = cosine(item, bestItem[base + x]);
                order[x] = x;
            }
            Arrays.sort(order, (a, b) -> exact[a] != exact[b] ? Double.compare(exact[b], exact[a])
                    : Integer.compare(bestItem[base + a], bestItem[base + b]));
            int n = Math.min(want, f);
            for (int x = 0; x < n; x++) {
                out[at + x] = bestItem[base + order[x]];
            }
            return n;
        }
    }

    /** The first index in [from, to) whose score is at least {@code threshold}, or {@code to}. */
    private static int next(float[] scores, int from, int to, float threshold) {
        for (int j = from; j < to; j++) {
            if (scores[j] >= threshold) {
                return j;
            }
        }
        return to;
    }

    /** Float products summed in double, in index order: the same number {@link Catalog#cosine} gives. */
    private double cosine(int a, int b) {
        int ba = a * dimensions;
        int bb = b * dimensions;
        double s = 0;
        for (int k = 0; k < dimensions; k++) {
            s += vectors[ba + k] * vectors[bb + k];
        }
        return s;
    }

    /** A per-task scratch value. */
    private interface Scratch<T> {
        T make();
    }

    /** A task over one index with a per-chunk scratch value. */
    private interface Task<T> {
        void run(int i, T scratch);
    }

    /**
     * Runs {@code task} for 0 … n − 1 in chunks of {@code chunk} on {@code pool}, or in order
     * without one; each chunk gets its own scratch value.
     */
    private static <T> void forEach(int n, int chunk, ForkJoinPool pool, Scratch<T> scratch, Task<T> task) {
        if (pool == null || n <= chunk) {
            T s = scratch.make();
            for (int i = 0; i < n; i++) {
                task.run(i, s);
            }
            return;
        }
        int chunks = (n + chunk - 1) / chunk;
        pool.submit(() -> IntStream.range(0, chunks).parallel().forEach(c -> {
            T s = scratch.make();
            for (int i = c * chunk; i < Math.min(n, (c + 1) * chunk); i++) {
                task.run(i, s);
            }
        })).join();
    }
}
