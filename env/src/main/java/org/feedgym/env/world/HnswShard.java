package org.feedgym.env.world;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.search.KnnCollector;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.hnsw.HnswGraphBuilder;
import org.apache.lucene.util.hnsw.HnswGraphSearcher;
import org.apache.lucene.util.hnsw.RandomVectorScorer;
import org.apache.lucene.util.hnsw.RandomVectorScorerSupplier;

/**
 * One Lucene HNSW graph over a contiguous range of items (its first item is {@code first}; graph
 * node {@code j} is item {@code first + j}), built one item at a time in index order with level
 * draws from its own seed, so the same vectors and seed give the same graph. Searches only read
 * the graph and may run on several threads at once; {@link #add} must not run beside them.
 */
final class HnswShard {

    /** Graph degree (Lucene's M) and insertion beam width. */
    static final int MAX_CONNECTIONS = 16;
    static final int BEAM_WIDTH = 64;

    private final int first;
    private final int dimensions;
    private float[] vectors;
    private int size;
    private final HnswGraphBuilder builder;

    HnswShard(int first, int dimensions, long seed) {
        this.first = first;
        this.dimensions = dimensions;
        this.vectors = new float[0];
        try {
            this.builder = HnswGraphBuilder.create(new Supplier(), MAX_CONNECTIONS, BEAM_WIDTH, seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index of this shard's first item. */
    int first() {
        return first;
    }

    /** Items in this shard. */
    int size() {
        return size;
    }

    /** Copies rows {@code [from, to)} of {@code source} in and links them into the graph, in order. */
    void add(float[] source, int from, int to) {
        int added = to - from;
        if ((long) (size + added) * dimensions > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("shard full: " + size + " + " + added + " items of " + dimensions);
        }
        if ((size + added) * dimensions > vectors.length) {
            int capacity = Math.max(size + added, (int) Math.min(Integer.MAX_VALUE / dimensions - 8L, size * 3L / 2));
            vectors = Arrays.copyOf(vectors, capacity * dimensions);
        }
        System.arraycopy(source, from * dimensions, vectors, size * dimensions, added * dimensions);
        int oldSize = size;
        size += added;
        try {
            for (int node = oldSize; node < size; node++) {
                builder.addGraphNode(node);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the vector of item {@code first + node} into {@code out} at {@code offset}. */
    void vector(int node, float[] out, int offset) {
        System.arraycopy(vectors, node * dimensions, out, offset, dimensions);
    }

    /**
     * Searches the graph with beam {@code beam} and appends the found items (catalog indices) and
     * their exact cosines ({@link #dot}) to {@code ids} and {@code scores} from position {@code at},
     * skipping {@code exclude}.
     *
     * @return the new end position
     */
    int search(float[] query, int beam, int exclude, int[] ids, double[] scores, int at) {
        if (size == 0) {
            return at;
        }
        KnnCollector found;
        try {
            found = HnswGraphSearcher.search(new QueryScorer(query), Math.min(beam, size), builder.getGraph(),
                    null, Integer.MAX_VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (ScoreDoc doc : found.topDocs().scoreDocs) {
            int item = first + doc.doc;
            if (item != exclude) {
                ids[at] = item;
                scores[at] = dot(query, doc.doc);
                at++;
            }
        }
        return at;
    }

    /** Float products summed in double, in index order: the same number {@link Catalog#cosine} gives. */
    private double dot(float[] query, int node) {
        int b = node * dimensions;
        double s = 0;
        for (int j = 0; j < dimensions; j++) {
            s += vectors[b + j] * query[j];
        }
        return s;
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
            return HnswShard.score(query, 0, vectors, node * dimensions, dimensions);
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
                    return HnswShard.score(v, base, vectors, node * dimensions, dimensions);
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
