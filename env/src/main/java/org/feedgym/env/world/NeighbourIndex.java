package org.feedgym.env.world;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.apache.lucene.search.KnnCollector;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.hnsw.HnswGraphBuilder;
import org.apache.lucene.util.hnsw.HnswGraphSearcher;
import org.apache.lucene.util.hnsw.OnHeapHnswGraph;
import org.apache.lucene.util.hnsw.RandomVectorScorer;
import org.apache.lucene.util.hnsw.RandomVectorScorerSupplier;

/**
 * An approximate nearest-neighbour index over unit item embeddings: Lucene's HNSW graph
 * (Malkov &amp; Yashunin 2018, "Efficient and robust approximate nearest neighbor search using
 * Hierarchical Navigable Small World graphs"), for catalogs too large for the exact, quadratic
 * {@link NeighbourTable#build}.
 *
 * <p><b>Determinism.</b> Items enter the graph one at a time in index order and the graph's level
 * draws come from the given seed, so the same vectors and seed give the same graph. Searches only
 * read the graph, so rows computed in parallel ({@link #table}) do not depend on the thread count.
 *
 * <p><b>Growth.</b> {@link #add} appends items and links them into the existing graph; nothing is
 * rebuilt. Found neighbours are re-scored with the exact cosine of {@link Catalog#cosine} (float
 * products summed in double) and ordered most similar first, ties by lower index, as the exact
 * table orders them.
 */
public final class NeighbourIndex {

    /** Graph degree (Lucene's M) and insertion beam width: recall ≥ 0.95 at k = 20 for d = 32. */
    static final int MAX_CONNECTIONS = 16;
    static final int BEAM_WIDTH = 64;
    /** Search beam: the query collects this many candidates before the best {@code k} are kept. */
    static final int SEARCH_BEAM = 48;

    private final int dimensions;
    private final long seed;
    private float[] vectors;
    private int size;
    private final HnswGraphBuilder builder;

    private NeighbourIndex(int dimensions, long seed) {
        this.dimensions = dimensions;
        this.seed = seed;
        this.vectors = new float[0];
        try {
            this.builder = HnswGraphBuilder.create(new Supplier(), MAX_CONNECTIONS, BEAM_WIDTH, seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds an index over {@code vectors.length / dimensions} items.
     *
     * @param vectors    row-major unit vectors, one row of {@code dimensions} per item
     * @param dimensions the vector length, at least 1
     * @param seed       seed of the graph's level draws
     */
    public static NeighbourIndex build(float[] vectors, int dimensions, long seed) {
        if (dimensions < 1 || vectors.length % dimensions != 0) {
            throw new IllegalArgumentException("vectors must hold whole rows of dimensions >= 1, got "
                    + vectors.length + " values for dimensions " + dimensions);
        }
        NeighbourIndex index = new NeighbourIndex(dimensions, seed);
        index.add(vectors);
        return index;
    }

    /** Builds an index over a catalog's embeddings. */
    public static NeighbourIndex build(Catalog catalog, long seed) {
        return build(catalog.embeddingsView(), catalog.dimensions(), seed);
    }

    /**
     * Appends items (their indices continue from {@link #size()}) and links them into the graph
     * without rebuilding it.
     *
     * @param more row-major unit vectors of the new items
     */
    public void add(float[] more) {
        if (more.length % dimensions != 0) {
            throw new IllegalArgumentException("vectors must hold whole rows of " + dimensions + ", got "
                    + more.length + " values");
        }
        int added = more.length / dimensions;
        int first = size;
        if ((long) (size + added) * dimensions > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("index full: " + size + " + " + added + " items of " + dimensions);
        }
        if ((size + added) * dimensions > vectors.length) {
            int capacity = Math.max(size + added, (int) Math.min(Integer.MAX_VALUE / dimensions - 8L, size * 3L / 2));
            vectors = Arrays.copyOf(vectors, capacity * dimensions);
        }
        System.arraycopy(more, 0, vectors, size * dimensions, more.length);
        size += added;
        try {
            for (int node = first; node < size; node++) {
                builder.addGraphNode(node);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Items in the index. */
    public int size() {
        return size;
    }

    /** The seed of the graph's level draws. */
    public long seed() {
        return seed;
    }

    /**
     * The {@code k} items most cosine-similar to {@code item} that the graph finds, excluding the
     * item itself, most similar first (ties by lower index).
     */
    public int[] nearest(int item, int k) {
        if (item < 0 || item >= size) {
            throw new IllegalArgumentException("item must be in [0, " + size + "), got " + item);
        }
        return nearest(Arrays.copyOfRange(vectors, item * dimensions, (item + 1) * dimensions), k, item);
    }

    private int[] nearest(float[] query, int k, int exclude) {
        int want = Math.min(k, size - (exclude >= 0 ? 1 : 0));
        if (want <= 0) {
            return new int[0];
        }
        OnHeapHnswGraph graph = builder.getGraph();
        KnnCollector found;
        try {
            found = HnswGraphSearcher.search(new QueryScorer(query), Math.max(SEARCH_BEAM, want + 1), graph,
                    null, Integer.MAX_VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ScoreDoc[] docs = found.topDocs().scoreDocs;
        int[] ids = new int[docs.length];
        double[] exact = new double[docs.length];
        int m = 0;
        for (ScoreDoc doc : docs) {
            if (doc.doc != exclude) {
                ids[m] = doc.doc;
                exact[m] = dot(query, doc.doc);
                m++;
            }
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(exact[b], exact[a]);
            return c != 0 ? c : Integer.compare(ids[a], ids[b]);
        });
        int[] out = new int[Math.min(want, m)];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids[order[i]];
        }
        return out;
    }

    /** Float products summed in double, in index order: the same number {@link Catalog#cosine} gives. */
    private double dot(float[] query, int item) {
        int b = item * dimensions;
        double s = 0;
        for (int j = 0; j < dimensions; j++) {
            s += vectors[b + j] * query[j];
        }
        return s;
    }

    /**
     * Every item's {@code width} nearest neighbours as a table, rows computed in parallel on
     * {@code pool} (or on the calling thread when {@code null}); the result does not depend on the
     * thread count.
     *
     * <p>Each row is a graph search with beam {@value #SEARCH_BEAM}. (Measured and dropped: rows
     * from the graph's own two-hop neighbourhood, recall 0.78 at 10^5 items, and a narrow search
     * refined NN-descent style from neighbours' rows, 0.90: the HNSW graph prunes near duplicates
     * from its links, so a real search is needed.)
     */
    public NeighbourTable table(int width, ForkJoinPool pool) {
        int n = size;
        int w = Math.max(0, Math.min(width, n - 1));
        int[] searched = new int[n * w];
        forChunks(n, pool, i -> searchRow(i, w, searched));
        return new NeighbourTable(w, searched, false);
    }

    private static void forChunks(int n, ForkJoinPool pool, java.util.function.IntConsumer task) {
        int chunk = 1024;
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

    private void searchRow(int item, int w, int[] rows) {
        int[] row = nearest(item, w);
        // The graph can in rare cases reach fewer than w items; the row is then padded with the
        // last one found (the candidate generator skips duplicates).
        for (int r = 0; r < w; r++) {
            rows[item * w + r] = row.length == 0 ? (item + 1 + r) % size : row[Math.min(r, row.length - 1)];
        }
    }


    /**
     * Lucene's score for unit vectors under dot product, (1 + cos) / 2 in [0, 1]. Only the graph
     * sees it: four partial sums break the add latency chain (the score runs thousands of times
     * per item), and found neighbours are re-scored exactly before they are ranked.
     */
    private static float score(float[] a, int aOffset, float[] b, int bOffset, int d) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int j = 0;
        for (; j + 4 <= d; j += 4) {
            s0 += a[aOffset + j] * b[bOffset + j];
            s1 += a[aOffset + j + 1] * b[bOffset + j + 1];
            s2 += a[aOffset + j + 2] * b[bOffset + j + 2];
            s3 += a[aOffset + j + 3] * b[bOffset + j + 3];
        }
        for (; j < d; j++) {
            s0 += a[aOffset + j] * b[bOffset + j];
        }
        return Math.max(0f, (1 + ((s0 + s1) + (s2 + s3))) / 2);
    }

    private final class QueryScorer implements RandomVectorScorer {
        private final float[] query;

        QueryScorer(float[] query) {
            this.query = query;
        }

        @Override
        public float score(int node) {
            return NeighbourIndex.score(query, 0, vectors, node * dimensions, dimensions);
        }

        @Override
        public int maxOrd() {
            return size;
        }
    }

    private final class Supplier implements RandomVectorScorerSupplier {
        @Override
        public RandomVectorScorer scorer(int ord) {
            int base = ord * dimensions;
            float[] v = vectors;
            return new RandomVectorScorer() {
                @Override
                public float score(int node) {
                    return NeighbourIndex.score(v, base, vectors, node * dimensions, dimensions);
                }

                @Override
                public int maxOrd() {
                    return size;
                }
            };
        }

        @Override
        public RandomVectorScorerSupplier copy() {
            return this;
        }
    }
}
