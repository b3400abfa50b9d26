package org.feedgym.env.world;

import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.feedgym.env.random.Seeds;

/**
 * An approximate nearest-neighbour index over unit item embeddings, for catalogs too large for
 * the exact, quadratic {@link NeighbourTable#build}: Lucene HNSW graphs (Malkov &amp; Yashunin
 * 2018, "Efficient and robust approximate nearest neighbor search using Hierarchical Navigable
 * Small World graphs") over fixed shards of the items.
 *
 * <p><b>Shards.</b> The items are cut by index into {@code shards} contiguous ranges of nearly
 * equal size; each range gets its own graph ({@link HnswShard}), built single-threaded in index
 * order with a seed derived from the index's seed and the shard number. Shards build side by side
 * on a pool, which a single HNSW graph cannot do deterministically; a query searches every shard
 * and keeps the best of their answers, which also raises recall (each graph is smaller, and the
 * answers of several graphs are merged).
 *
 * <p><b>Determinism.</b> The shard boundaries depend only on the item count and the shard count,
 * each graph only on its items and seed, and searches only read the graphs, so neither the graphs
 * nor the rows computed in parallel ({@link #table}) depend on the thread count.
 *
 * <p><b>Growth.</b> {@link #add} appends items to the last shard and links them into its graph;
 * nothing is rebuilt. Found neighbours are re-scored with the exact cosine of {@link Catalog#cosine}
 * (float products summed in double) and ordered most similar first, ties by lower index, as the
 * exact table orders them.
 */
public final class NeighbourIndex {

    /** Items per shard that {@link #shardsFor} aims for, up to {@link #MAX_SHARDS} shards. */
    public static final int ITEMS_PER_SHARD = 50_000;
    /**
     * Most shards {@link #shardsFor} gives: every row searches every shard, so more shards cost
     * more search time (and give higher recall).
     */
    public static final int MAX_SHARDS = 4;
    /** Search beam per shard: each shard's search collects this many candidates. */
    static final int SEARCH_BEAM = 48;

    private final int dimensions;
    private final long seed;
    private final HnswShard[] shards;
    private int size;

    private NeighbourIndex(int dimensions, long seed, HnswShard[] shards, int size) {
        this.dimensions = dimensions;
        this.seed = seed;
        this.shards = shards;
        this.size = size;
    }

    /**
     * Builds an index over {@code vectors.length / dimensions} items in {@link #shardsFor} shards,
     * on the calling thread.
     *
     * @param vectors    row-major unit vectors, one row of {@code dimensions} per item
     * @param dimensions the vector length, at least 1
     * @param seed       seed of the graphs' level draws
     */
    public static NeighbourIndex build(float[] vectors, int dimensions, long seed) {
        return build(vectors, dimensions, seed, shardsFor(rows(vectors, dimensions)), null);
    }

    /** Builds an index over a catalog's embeddings in the default number of shards, shards built on {@code pool}. */
    public static NeighbourIndex build(Catalog catalog, long seed, ForkJoinPool pool) {
        return build(catalog.embeddingsView(), catalog.dimensions(), seed, shardsFor(catalog.size()), pool);
    }

    /** Builds an index over a catalog's embeddings in the default number of shards, on the calling thread. */
    public static NeighbourIndex build(Catalog catalog, long seed) {
        return build(catalog, seed, null);
    }

    /**
     * Builds an index in a given number of shards.
     *
     * @param vectors    row-major unit vectors, one row of {@code dimensions} per item
     * @param dimensions the vector length, at least 1
     * @param seed       seed of the graphs' level draws
     * @param shards     number of shards, at least 1
     * @param pool       where to build the shards side by side, or {@code null} for the calling thread
     */
    public static NeighbourIndex build(float[] vectors, int dimensions, long seed, int shards, ForkJoinPool pool) {
        int n = rows(vectors, dimensions);
        if (shards < 1) {
            throw new IllegalArgumentException("shards must be >= 1, got " + shards);
        }
        HnswShard[] parts = new HnswShard[shards];
        for (int s = 0; s < shards; s++) {
            parts[s] = new HnswShard(bound(n, shards, s), dimensions, Seeds.derive(seed, "neighbour-shard", s));
        }
        forEach(shards, 1, pool, s -> parts[s].add(vectors, parts[s].first(), bound(n, shards, s + 1)));
        return new NeighbourIndex(dimensions, seed, parts, n);
    }

    /**
     * The default shard count for {@code items} items: ⌈items / {@value #ITEMS_PER_SHARD}⌉, in
     * [1, {@value #MAX_SHARDS}]. It depends on the item count only, never on the thread count.
     */
    public static int shardsFor(int items) {
        return Math.min(MAX_SHARDS, Math.max(1, (items + ITEMS_PER_SHARD - 1) / ITEMS_PER_SHARD));
    }

    private static int rows(float[] vectors, int dimensions) {
        if (dimensions < 1 || vectors.length % dimensions != 0) {
            throw new IllegalArgumentException("vectors must hold whole rows of dimensions >= 1, got "
                    + vectors.length + " values for dimensions " + dimensions);
        }
        return vectors.length / dimensions;
    }

    /** The first item of shard {@code s} (or the item count for {@code s = shards}). */
    private static int bound(int n, int shards, int s) {
        return (int) ((long) n * s / shards);
    }

    /**
     * Appends items (their indices continue from {@link #size()}) to the last shard and links them
     * into its graph without rebuilding anything.
     *
     * @param more row-major unit vectors of the new items
     */
    public void add(float[] more) {
        if (more.length % dimensions != 0) {
            throw new IllegalArgumentException("vectors must hold whole rows of " + dimensions + ", got "
                    + more.length + " values");
        }
        int added = more.length / dimensions;
        shards[shards.length - 1].add(more, 0, added);
        size += added;
    }

    /** Items in the index. */
    public int size() {
        return size;
    }

    /** Number of shards. */
    public int shards() {
        return shards.length;
    }

    /** The seed of the graphs' level draws. */
    public long seed() {
        return seed;
    }

    /**
     * The {@code k} items most cosine-similar to {@code item} that the graphs find, excluding the
     * item itself, most similar first (ties by lower index).
     */
    public int[] nearest(int item, int k) {
        if (item < 0 || item >= size) {
            throw new IllegalArgumentException("item must be in [0, " + size + "), got " + item);
        }
        int want = Math.max(0, Math.min(k, size - 1));
        int[] out = new int[want];
        int found = nearest(item, want, out, 0);
        return found == want ? out : java.util.Arrays.copyOf(out, found);
    }

    /** Writes up to {@code want} neighbours of {@code item} into {@code out} at {@code at}; returns how many. */
    private int nearest(int item, int want, int[] out, int at) {
        if (want == 0) {
            return 0;
        }
        float[] query = new float[dimensions];
        HnswShard home = shardOf(item);
        home.vector(item - home.first(), query, 0);
        int beam = Math.max(SEARCH_BEAM, want + 1);
        int[] ids = new int[shards.length * beam];
        double[] scores = new double[ids.length];
        int m = 0;
        for (HnswShard shard : shards) {
            m = shard.search(query, beam, item, ids, scores, m);
        }
        return best(ids, scores, m, want, out, at);
    }

    private HnswShard shardOf(int item) {
        int s = shards.length - 1;
        while (shards[s].first() > item) {
            s--;
        }
        return shards[s];
    }

    /**
     * The best {@code want} of {@code m} candidates (higher score first, ties by lower id) into
     * {@code out} at {@code at}, by insertion into a sorted prefix; returns how many were written.
     */
    private static int best(int[] ids, double[] scores, int m, int want, int[] out, int at) {
        double[] bestScore = new double[want];
        int filled = 0;
        for (int c = 0; c < m; c++) {
            double s = scores[c];
            int id = ids[c];
            int pos;
            if (filled < want) {
                pos = filled++;
            } else if (s > bestScore[want - 1] || (s == bestScore[want - 1] && id < out[at + want - 1])) {
                pos = want - 1;
            } else {
                continue;
            }
            while (pos > 0 && (bestScore[pos - 1] < s || (bestScore[pos - 1] == s && out[at + pos - 1] > id))) {
                bestScore[pos] = bestScore[pos - 1];
                out[at + pos] = out[at + pos - 1];
                pos--;
            }
            bestScore[pos] = s;
            out[at + pos] = id;
        }
        return filled;
    }

    /**
     * Every item's {@code width} nearest neighbours as a table, rows computed in parallel on
     * {@code pool} (or on the calling thread when {@code null}); the result does not depend on the
     * thread count.
     *
     * <p>Each row is a graph search with beam {@value #SEARCH_BEAM} in every shard. (Measured and
     * dropped: rows from the graph's own two-hop neighbourhood, recall 0.78 at 10^5 items, and a
     * narrow search refined NN-descent style from neighbours' rows, 0.90: the HNSW graph prunes
     * near duplicates from its links, so a real search is needed.)
     */
    public NeighbourTable table(int width, ForkJoinPool pool) {
        int n = size;
        int w = Math.max(0, Math.min(width, n - 1));
        int[] rows = new int[n * w];
        forEach(n, 1024, pool, i -> {
            int found = nearest(i, w, rows, i * w);
            // The graphs can in rare cases reach fewer than w items; the row is then padded with
            // the last one found (the candidate generator skips duplicates).
            for (int r = found; r < w; r++) {
                rows[i * w + r] = found == 0 ? (i + 1 + r) % n : rows[i * w + found - 1];
            }
        });
        return new NeighbourTable(w, rows, false);
    }

    /** Runs {@code task} for 0 … n − 1 in chunks of {@code chunk} on {@code pool}, or in order without one. */
    private static void forEach(int n, int chunk, ForkJoinPool pool, IntConsumer task) {
        if (pool == null || n <= chunk) {
            for (int i = 0; i < n; i++) {
                task.accept(i);
            }
            return;
        }
        int chunks = (n + chunk - 1) / chunk;
        pool.submit(() -> IntStream.range(0, chunks).parallel().forEach(c -> {
            for (int i = c * chunk; i < Math.min(n, (c + 1) * chunk); i++) {
                task.accept(i);
            }
        })).join();
    }
}
