package org.feedgym.env.embed;

/**
 * A read-only n × m matrix that can multiply blocks of vectors, which is all the truncated SVD
 * needs. Vectors are stored one per array ("column-major blocks").
 */
interface RowMatrix {

    int rows();

    int cols();

    /** out[c] = X · q[c] for each of the k vectors q[c] (length cols); out[c] has length rows. */
    void multiply(double[][] q, double[][] out);

    /** out[c] = Xᵀ · y[c] for each of the k vectors y[c] (length rows); out[c] has length cols. */
    void transposeMultiply(double[][] y, double[][] out);

    /** Row {@code r} · v, for a vector of length cols. */
    double rowDot(int r, double[] v);

    /** A compressed-sparse-row matrix of floats. */
    record Sparse(int rows, int cols, int[] rowStart, int[] col, float[] value) implements RowMatrix {

        @Override
        public void multiply(double[][] q, double[][] out) {
            for (double[] o : out) {
                java.util.Arrays.fill(o, 0);
            }
            for (int r = 0; r < rows; r++) {
                for (int p = rowStart[r]; p < rowStart[r + 1]; p++) {
                    int j = col[p];
                    double v = value[p];
                    for (int c = 0; c < q.length; c++) {
                        out[c][r] += v * q[c][j];
                    }
                }
            }
        }

        @Override
        public void transposeMultiply(double[][] y, double[][] out) {
            for (double[] o : out) {
                java.util.Arrays.fill(o, 0);
            }
            for (int r = 0; r < rows; r++) {
                for (int p = rowStart[r]; p < rowStart[r + 1]; p++) {
                    int j = col[p];
                    double v = value[p];
                    for (int c = 0; c < y.length; c++) {
                        out[c][j] += v * y[c][r];
                    }
                }
            }
        }

        @Override
        public double rowDot(int r, double[] v) {
            double s = 0;
            for (int p = rowStart[r]; p < rowStart[r + 1]; p++) {
                s += value[p] * v[col[p]];
            }
            return s;
        }
    }

    /** A dense row-major matrix of floats. */
    record Dense(int rows, int cols, float[] data) implements RowMatrix {

        @Override
        public void multiply(double[][] q, double[][] out) {
            for (int r = 0; r < rows; r++) {
                int base = r * cols;
                for (int c = 0; c < q.length; c++) {
                    double[] qc = q[c];
                    double s = 0;
                    for (int j = 0; j < cols; j++) {
                        s += data[base + j] * qc[j];
                    }
                    out[c][r] = s;
                }
            }
        }

        @Override
        public void transposeMultiply(double[][] y, double[][] out) {
            for (double[] o : out) {
                java.util.Arrays.fill(o, 0);
            }
            for (int r = 0; r < rows; r++) {
                int base = r * cols;
                for (int c = 0; c < y.length; c++) {
                    double w = y[c][r];
                    if (w == 0) {
                        continue;
                    }
                    double[] oc = out[c];
                    for (int j = 0; j < cols; j++) {
                        oc[j] += w * data[base + j];
                    }
                }
            }
        }

        @Override
        public double rowDot(int r, double[] v) {
            double s = 0;
            int base = r * cols;
            for (int j = 0; j < cols; j++) {
                s += data[base + j] * v[j];
            }
            return s;
        }
    }
}
