package org.feedgym.env.embed;

import java.util.Arrays;

/**
 * An immutable n × d matrix of float embeddings, one row per item, row-major. Rows produced by
 * FeedGym's embedders are unit length, so the dot product of two rows is their cosine.
 */
public final class EmbeddingMatrix {

    private final int rows;
    private final int dimensions;
    private final float[] data;

    private EmbeddingMatrix(int rows, int dimensions, float[] data) {
        this.rows = rows;
        this.dimensions = dimensions;
        this.data = data;
    }

    /**
     * Wraps a copy of row-major data.
     *
     * @param rows       number of rows, &ge; 0
     * @param dimensions columns per row, &ge; 1
     * @param data       rows × dimensions finite values
     */
    public static EmbeddingMatrix of(int rows, int dimensions, float[] data) {
        return wrap(rows, dimensions, data.clone());
    }

    static EmbeddingMatrix wrap(int rows, int dimensions, float[] data) {
        if (rows < 0 || dimensions < 1) {
            throw new IllegalArgumentException("rows must be >= 0 and dimensions >= 1, got " + rows + " x " + dimensions);
        }
        if ((long) rows * dimensions != data.length) {
            throw new IllegalArgumentException("data must have rows * dimensions = " + (long) rows * dimensions
                    + " values, got " + data.length);
        }
        for (float v : data) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("embedding values must be finite, got " + v);
            }
        }
        return new EmbeddingMatrix(rows, dimensions, data);
    }

    /** Number of rows (items). */
    public int rows() {
        return rows;
    }

    /** Columns per row. */
    public int dimensions() {
        return dimensions;
    }

    /** A copy of row {@code i}. */
    public float[] row(int i) {
        return Arrays.copyOfRange(data, i * dimensions, (i + 1) * dimensions);
    }

    /** Component {@code k} of row {@code i}. */
    public float get(int i, int k) {
        return data[i * dimensions + k];
    }

    /** A copy of the row-major data. */
    public float[] toArray() {
        return data.clone();
    }

    float[] view() {
        return data;
    }

    /** Cosine similarity of rows {@code a} and {@code b} (any lengths; 0 when either is zero). */
    public double cosine(int a, int b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        int ba = a * dimensions;
        int bb = b * dimensions;
        for (int k = 0; k < dimensions; k++) {
            double x = data[ba + k];
            double y = data[bb + k];
            dot += x * y;
            na += x * x;
            nb += y * y;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /**
     * The {@code k} rows most cosine-similar to row {@code item}, itself excluded, most similar
     * first; ties go to the lower index.
     */
    public int[] topK(int item, int k) {
        return topK(row(item), k, item);
    }

    /**
     * The {@code k} rows most cosine-similar to {@code query} (length {@link #dimensions()}), most
     * similar first; ties go to the lower index.
     */
    public int[] topK(float[] query, int k) {
        return topK(query, k, -1);
    }

    private int[] topK(float[] query, int k, int exclude) {
        if (query.length != dimensions) {
            throw new IllegalArgumentException("query length must be " + dimensions + ", got " + query.length);
        }
        int w = Math.max(0, Math.min(k, rows - (exclude >= 0 ? 1 : 0)));
        double[] best = new double[w];
        int[] bestRow = new int[w];
        int filled = 0;
        double qn = 0;
        for (float q : query) {
            qn += (double) q * q;
        }
        for (int j = 0; j < rows && w > 0; j++) {
            if (j == exclude) {
                continue;
            }
            double dot = 0;
            double n = 0;
            int base = j * dimensions;
            for (int c = 0; c < dimensions; c++) {
                double x = data[base + c];
                dot += x * query[c];
                n += x * x;
            }
            double s = n == 0 || qn == 0 ? 0 : dot / Math.sqrt(n * qn);
            if (filled < w || s > best[w - 1]) {
                int pos = filled < w ? filled++ : w - 1;
                while (pos > 0 && best[pos - 1] < s) {
                    best[pos] = best[pos - 1];
                    bestRow[pos] = bestRow[pos - 1];
                    pos--;
                }
                best[pos] = s;
                bestRow[pos] = j;
            }
        }
        return bestRow;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmbeddingMatrix m && m.rows == rows && m.dimensions == dimensions
                && Arrays.equals(m.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + dimensions) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "EmbeddingMatrix[" + rows + " x " + dimensions + "]";
    }
}
