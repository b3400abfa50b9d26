package org.feedgym.env.linalg;

/**
 * The Cholesky factorisation {@code A = L Lᵀ} of a symmetric positive-definite n × n matrix and
 * the solves built on it, on row-major {@code double[]} arrays that the caller allocates once.
 *
 * <p>The arithmetic is the textbook one: entry (i, j) of L is
 * {@code (a_ij − Σ_{k<j} l_ik·l_jk) / l_jj}, the sum taken in increasing k, each product rounded
 * before it is subtracted. Callers that save a model's statistics and refactor them on loading
 * rely on that arithmetic staying fixed: the same input gives the same factor bit for bit. (The
 * entries are computed column by column, which gives the same bits as row by row, faster.)
 *
 * <p>Only the lower triangle of {@code a} (diagonal included) is read. {@code l} receives L with
 * its strict upper triangle set to 0. {@code a} and {@code l} must not be the same array.
 */
public final class Cholesky {

    private Cholesky() {
    }

    /**
     * Factors a symmetric positive-definite matrix.
     *
     * @param a the matrix, row-major, at least {@code n * n} long (lower triangle read)
     * @param n the order, &ge; 1
     * @param l receives L, row-major, at least {@code n * n} long
     * @throws IllegalArgumentException {@code "not positive definite (pivot -1.0 at 0)"} when a
     *                                  pivot {@code a_ii − Σ l_ik²} is not &gt; 0 (zero, negative or
     *                                  NaN), naming the pivot and its row
     */
    public static void factor(double[] a, int n, double[] l) {
        factor(a, n, l, Double.NaN);
    }

    /**
     * Factors a symmetric positive semi-definite matrix, raising every pivot below {@code floor}
     * to {@code floor}: the factor of a slightly regularised matrix, for systems that may be
     * singular (an unseen attribute, a user with one item) where a tiny ridge is the intended
     * answer rather than an error.
     *
     * @param a     the matrix, row-major, at least {@code n * n} long (lower triangle read)
     * @param n     the order, &ge; 1
     * @param floor the smallest pivot, &gt; 0
     * @param l     receives L, row-major, at least {@code n * n} long
     */
    public static void factorWithFloor(double[] a, int n, double floor, double[] l) {
        if (!(floor > 0)) {
            throw new IllegalArgumentException("floor must be > 0, got " + floor);
        }
        factor(a, n, l, floor);
    }

    /**
     * NaN floor: refuse a non-positive pivot; otherwise raise pivots to the floor.
     *
     * <p>Column by column: the pivot of column j, then the entries below it, four rows at a time.
     * Each entry is the same expression, summed in the same order, as row by row, so the factor is
     * the same bit for bit; but the entries of a column do not depend on each other, so their
     * chains of subtractions and their divisions overlap in the processor instead of waiting on one
     * another (row by row, each entry waits for the one before it). The first pivot refused is the
     * same too, since a pivot depends only on the rows above it.
     */
    private static void factor(double[] a, int n, double[] l, double floor) {
        requireOrder(n, a, l);
        for (int j = 0; j < n; j++) {
            int rj = j * n;
            double s = a[rj + j];
            for (int k = 0; k < j; k++) {
                s -= l[rj + k] * l[rj + k];
            }
            double pivot;
            if (Double.isNaN(floor)) {
                if (!(s > 0)) {
                    throw new IllegalArgumentException("not positive definite (pivot " + s + " at " + j + ")");
                }
                pivot = Math.sqrt(s);
            } else {
                pivot = Math.sqrt(Math.max(s, floor));
            }
            l[rj + j] = pivot;
            for (int k = j + 1; k < n; k++) {
                l[rj + k] = 0;
            }
            int i = j + 1;
            for (; i + 3 < n; i += 4) {
                int r0 = i * n;
                int r1 = r0 + n;
                int r2 = r1 + n;
                int r3 = r2 + n;
                double s0 = a[r0 + j];
                double s1 = a[r1 + j];
                double s2 = a[r2 + j];
                double s3 = a[r3 + j];
                for (int k = 0; k < j; k++) {
                    double ljk = l[rj + k];
                    s0 -= l[r0 + k] * ljk;
                    s1 -= l[r1 + k] * ljk;
                    s2 -= l[r2 + k] * ljk;
                    s3 -= l[r3 + k] * ljk;
                }
                l[r0 + j] = s0 / pivot;
                l[r1 + j] = s1 / pivot;
                l[r2 + j] = s2 / pivot;
                l[r3 + j] = s3 / pivot;
            }
            for (; i < n; i++) {
                int ri = i * n;
                double si = a[ri + j];
                for (int k = 0; k < j; k++) {
                    si -= l[ri + k] * l[rj + k];
                }
                l[ri + j] = si / pivot;
            }
        }
    }

    /**
     * Solves {@code L Lᵀ y = rhs} by forward then back substitution.
     *
     * @param l      a factor from {@link #factor} or {@link #factorWithFloor}
     * @param n      its order
     * @param rhs    holds the right-hand side at {@code rhs[offset .. offset + n)}
     * @param offset where the right-hand side starts
     * @param y      receives the solution in {@code y[0 .. n)}; may be {@code rhs} itself when
     *               {@code offset} is 0
     */
    public static void solve(double[] l, int n, double[] rhs, int offset, double[] y) {
        for (int i = 0; i < n; i++) {
            double s = rhs[offset + i];
            int row = i * n;
            for (int k = 0; k < i; k++) {
                s -= l[row + k] * y[k];
            }
            y[i] = s / l[row + i];
        }
        solveTransposed(l, n, y);
    }

    /**
     * Solves {@code Lᵀ y = z} by back substitution, in place: with {@code z ~ N(0, I)} the result
     * has covariance {@code (L Lᵀ)⁻¹}, which is how a Gaussian with precision {@code A} is sampled.
     *
     * @param l a factor from {@link #factor} or {@link #factorWithFloor}
     * @param n its order
     * @param z the right-hand side in {@code z[0 .. n)}, replaced by y
     */
    public static void solveTransposed(double[] l, int n, double[] z) {
        for (int i = n - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k * n + i] * z[k];
            }
            z[i] = s / l[i * n + i];
        }
    }

    private static void requireOrder(int n, double[] a, double[] l) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, got " + n);
        }
        if (a.length < n * n || l.length < n * n) {
            throw new IllegalArgumentException("a and l must hold n * n = " + n * n + " numbers, got " + a.length
                    + " and " + l.length);
        }
        if (a == l) {
            throw new IllegalArgumentException("a and l must be different arrays");
        }
    }
}
