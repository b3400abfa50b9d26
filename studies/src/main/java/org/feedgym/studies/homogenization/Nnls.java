package org.feedgym.studies.homogenization;

import org.feedgym.env.linalg.Cholesky;

/**
 * Non-negative least squares, {@code min ||A x − y||² subject to x ≥ 0}, by the active-set method
 * of Lawson and Hanson (1974) in the Gram form of Bro and De Jong (1997, "A fast
 * non-negativity-constrained least squares algorithm"): it needs only {@code G = AᵀA} and
 * {@code b = Aᵀy}, which is what makes content filtering (Chaney et al. 2018) cheap here — G is
 * shared by all users and b is a running sum.
 *
 * <p>The passive-set systems are solved by {@link Cholesky} with a jitter of 1e-12 times the
 * largest diagonal entry, so an attribute that no released item carries (a zero row of G) cannot
 * make them singular. One instance per thread; nothing is allocated per solve.
 */
final class Nnls {

    private final int k;
    private final boolean[] passive;
    private final int[] index;
    private final double[] x;
    private final double[] z;
    private final double[] w;
    private final double[] sub;
    private final double[] chol;
    private final double[] rhs;

    /** A solver for {@code k} unknowns. */
    Nnls(int k) {
        this.k = k;
        passive = new boolean[k];
        index = new int[k];
        x = new double[k];
        z = new double[k];
        w = new double[k];
        sub = new double[k * k];
        chol = new double[k * k];
        rhs = new double[k];
    }

    /**
     * Solves and writes {@code x} to {@code out[outOffset .. outOffset + k)}.
     *
     * @param gram      {@code AᵀA}, {@code k × k} row-major, symmetric positive semi-definite
     * @param b         holds {@code Aᵀy} at {@code b[bOffset .. bOffset + k)}
     */
    void solve(double[] gram, double[] b, int bOffset, double[] out, int outOffset) {
        double scale = 0;
        for (int a = 0; a < k; a++) {
            scale = Math.max(scale, Math.max(gram[a * k + a], Math.abs(b[bOffset + a])));
            passive[a] = false;
            x[a] = 0;
        }
        double tol = 1e-12 * scale;
        for (int outer = 0; outer < 3 * k + 10; outer++) {
            // w = b − Gx: the negative gradient; a positive entry outside P can lower the residual.
            int best = -1;
            double bestW = tol;
            for (int a = 0; a < k; a++) {
                double s = b[bOffset + a];
                for (int c = 0; c < k; c++) {
                    s -= gram[a * k + c] * x[c];
                }
                w[a] = s;
                if (!passive[a] && s > bestW) {
                    bestW = s;
                    best = a;
                }
            }
            if (best < 0) {
                break;
            }
            passive[best] = true;
            for (int inner = 0; inner < 3 * k + 10; inner++) {
                solvePassive(gram, b, bOffset);
                double alpha = Double.POSITIVE_INFINITY;
                int blocking = -1;
                for (int a = 0; a < k; a++) {
                    if (passive[a] && z[a] <= 0) {
                        double t = x[a] / (x[a] - z[a]);
                        if (t < alpha) {
                            alpha = t;
                            blocking = a;
                        }
                    }
                }
                if (blocking < 0) {
                    for (int a = 0; a < k; a++) {
                        x[a] = passive[a] ? z[a] : 0;
                    }
                    break;
                }
                // Step towards z until the first variable reaches 0; it leaves the passive set.
                for (int a = 0; a < k; a++) {
                    if (passive[a]) {
                        x[a] += alpha * (z[a] - x[a]);
                    }
                }
                x[blocking] = 0;
                for (int a = 0; a < k; a++) {
                    if (passive[a] && x[a] <= 0) {
                        passive[a] = false;
                        x[a] = 0;
                    }
                }
            }
        }
        System.arraycopy(x, 0, out, outOffset, k);
    }

    /** z_P = G_PP⁻¹ b_P, z elsewhere 0. */
    private void solvePassive(double[] gram, double[] b, int bOffset) {
        int n = 0;
        double maxDiag = 0;
        for (int a = 0; a < k; a++) {
            z[a] = 0;
            if (passive[a]) {
                index[n++] = a;
                maxDiag = Math.max(maxDiag, gram[a * k + a]);
            }
        }
        if (n == 0) {
            return;
        }
        double jitter = 1e-12 * maxDiag + Double.MIN_NORMAL;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c <= r; c++) {
                double g = gram[index[r] * k + index[c]];
                sub[r * n + c] = r == c ? g + jitter : g;
            }
        }
        Cholesky.factorWithFloor(sub, n, jitter, chol);
        for (int r = 0; r < n; r++) {
            rhs[r] = b[bOffset + index[r]];
        }
        Cholesky.solve(chol, n, rhs, 0, rhs);
        for (int r = 0; r < n; r++) {
            z[index[r]] = rhs[r];
        }
    }
}
