package org.feedgym.env.linalg;

/**
 * The Cholesky factorisation {@code A = L Lᵀ} of a symmetric positive-definite n × n matrix and
 * the solves built on it, on row-major {@code double[]} arrays that the caller allocates once.
 *
 * <p>The arithmetic is the textbook row-by-row (Cholesky–Banachiewicz) order: entry (i, j) of L
 * is {@code (a_ij − Σ_{k<j} l_ik·l_jk) / l_jj}, the sum taken in increasing k. Callers that save a
 * model's statistics and refactor them on loading rely on that order staying fixed: the same
 * input gives the same factor bit for bit.
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

    /** NaN floor: refuse a non-positive pivot; otherwise raise pivots to the floor. */
    private static void factor(double[] a, int n, double[] l, double floor) {
        requireOrder(n, a, l);
        for (int i = 0; i < n; i++) {
            int row = i * n;
            for (int j = 0; j <= i; j++) {
                double s = a[row + j];
                int other = j * n;
                for (int k = 0; k < j; k++) {
                    s -= l[row + k] * l[other + k];
                }
                if (i == j) {
                    if (Double.isNaN(floor)) {
                        if (!(s > 0)) {
                            throw new IllegalArgumentException("not positive definite (pivot " + s + " at " + i + ")");
                        }
                        l[row + i] = Math.sqrt(s);
                    } else {
                        l[row + i] = Math.sqrt(Math.max(s, floor));
                    }
                } else {
                    l[row + j] = s / l[other + j];
                }
            }
            for (int j = i + 1; j < n; j++) {
                l[row + j] = 0;
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
