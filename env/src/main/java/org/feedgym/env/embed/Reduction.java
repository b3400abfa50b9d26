package org.feedgym.env.embed;

import java.util.random.RandomGenerator;
import org.feedgym.env.random.Seeds;

/**
 * How a wide embedding (TF-IDF over V terms, or a 384-dim sentence embedding) is reduced to the
 * catalog's d dimensions. Every output row is L2-normalised. A row that is zero after reduction
 * (a text with no vocabulary term) gets a pseudo-random unit vector derived from the seed and its
 * row number, so that it is a valid but uninformative embedding; the count is reported.
 */
public enum Reduction {

    /** Truncated SVD by randomized subspace iteration ({@link TruncatedSvd}): keeps the most variance. */
    SVD("svd"),

    /**
     * Seeded Gaussian random projection (Johnson–Lindenstrauss; Achlioptas 2003): cheaper, keeps
     * pairwise cosines only approximately.
     */
    RANDOM_PROJECTION("random-projection");

    private final String id;

    Reduction(String id) {
        this.id = id;
    }

    /** The id used in cache keys and configs. */
    public String id() {
        return id;
    }

    /** The reduction with this id. */
    public static Reduction of(String id) {
        for (Reduction r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("reduction must be one of [svd, random-projection], got '" + id + "'");
    }

    /** Result of a reduction. */
    record Reduced(EmbeddingMatrix matrix, int emptyRows) {
    }

    /**
     * Reduces to {@code d} unit rows. When {@code d >= x.cols()} the columns are kept as they are
     * and padded with zeros (no reduction is needed).
     */
    Reduced apply(RowMatrix x, int d, long seed) {
        int n = x.rows();
        int m = x.cols();
        double[][] basis = new double[d][m];
        if (d >= m) {
            for (int j = 0; j < m; j++) {
                basis[j][j] = 1;
            }
        } else if (this == SVD) {
            basis = TruncatedSvd.rightVectors(x, d, seed);
        } else {
            RandomGenerator random = Seeds.generator(seed);
            for (double[] b : basis) {
                for (int j = 0; j < m; j++) {
                    b[j] = random.nextGaussian() / Math.sqrt(d);
                }
            }
        }
        float[] out = new float[n * d];
        int empty = 0;
        double[] row = new double[d];
        for (int r = 0; r < n; r++) {
            double norm = 0;
            for (int c = 0; c < d; c++) {
                row[c] = x.rowDot(r, basis[c]);
                norm += row[c] * row[c];
            }
            norm = Math.sqrt(norm);
            if (!(norm > 1e-12)) {
                empty++;
                RandomGenerator g = Seeds.generator(seed, "empty-row", r);
                norm = 0;
                for (int c = 0; c < d; c++) {
                    row[c] = g.nextGaussian();
                    norm += row[c] * row[c];
                }
                norm = Math.sqrt(norm);
            }
            for (int c = 0; c < d; c++) {
                out[r * d + c] = (float) (row[c] / norm);
            }
        }
        return new Reduced(EmbeddingMatrix.wrap(n, d, out), empty);
    }

    /** Reduces a dense matrix (e.g. sentence embeddings) to {@code d} unit rows. */
    public EmbeddingMatrix reduce(EmbeddingMatrix wide, int d, long seed) {
        if (d < 1) {
            throw new IllegalArgumentException("dimensions must be >= 1, got " + d);
        }
        return apply(new RowMatrix.Dense(wide.rows(), wide.dimensions(), wide.view()), d, seed).matrix();
    }
}
