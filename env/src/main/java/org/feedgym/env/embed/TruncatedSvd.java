package org.feedgym.env.embed;

import java.util.random.RandomGenerator;
import org.feedgym.env.random.Seeds;

/**
 * Top right singular vectors of a matrix by randomized subspace iteration (Halko, Martinsson &amp;
 * Tropp, "Finding structure with randomness", SIAM Review 53(2), 2011, algorithms 4.4 and 5.1):
 * a seeded Gaussian start block of {@code d + 10} vectors, {@value #POWER_ITERATIONS} power
 * iterations with re-orthonormalisation, then an exact eigen-decomposition (cyclic Jacobi) of the
 * small projected Gram matrix. Plain Java arrays; the result depends only on the matrix and the
 * seed. Signs are fixed so that each vector's largest-magnitude component is positive.
 *
 * <p>No centring: on TF-IDF this is latent semantic analysis, as scikit-learn's
 * {@code TruncatedSVD}.
 */
final class TruncatedSvd {

    static final int POWER_ITERATIONS = 6;
    private static final int OVERSAMPLE = 10;

    private TruncatedSvd() {
    }

    /**
     * The top {@code d} right singular vectors (each of length {@code x.cols()}); when the matrix
     * has rank below {@code d}, the missing vectors are zero.
     */
    static double[][] rightVectors(RowMatrix x, int d, long seed) {
        int m = x.cols();
        int n = x.rows();
        int k = Math.min(d + OVERSAMPLE, Math.min(m, Math.max(n, 1)));
        RandomGenerator random = Seeds.generator(seed);
        double[][] omega = new double[k][m];
        for (double[] v : omega) {
            for (int j = 0; j < m; j++) {
                v[j] = random.nextGaussian();
            }
        }
        double[][] y = new double[k][n];
        double[][] z = new double[k][m];
        x.multiply(omega, y);
        orthonormalise(y);
        for (int it = 0; it < POWER_ITERATIONS; it++) {
            x.transposeMultiply(y, z);
            orthonormalise(z);
            x.multiply(z, y);
            orthonormalise(y);
        }
        // B = Yᵀ X (k × m); its rows are z[c] = Xᵀ y[c].
        x.transposeMultiply(y, z);
        double[][] gram = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                double s = 0;
                for (int j = 0; j < m; j++) {
                    s += z[a][j] * z[b][j];
                }
                gram[a][b] = s;
                gram[b][a] = s;
            }
        }
        double[][] u = new double[k][k];
        double[] lambda = jacobi(gram, u);
        Integer[] order = new Integer[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(lambda[b], lambda[a]));
        double top = Math.max(lambda[order[0]], 0);
        double[][] v = new double[d][m];
        for (int t = 0; t < Math.min(d, k); t++) {
            int e = order[t];
            double sigma = Math.sqrt(Math.max(lambda[e], 0));
            if (!(sigma > 1e-9 * Math.sqrt(top)) || sigma == 0) {
                continue;
            }
            for (int c = 0; c < k; c++) {
                double w = u[c][e] / sigma;
                for (int j = 0; j < m; j++) {
                    v[t][j] += w * z[c][j];
                }
            }
            fixSign(v[t]);
        }
        return v;
    }

    /** Modified Gram–Schmidt, twice for stability; a vector that vanishes is left as zero. */
    static void orthonormalise(double[][] vs) {
        for (int pass = 0; pass < 2; pass++) {
            for (int a = 0; a < vs.length; a++) {
                double[] va = vs[a];
                for (int b = 0; b < a; b++) {
                    double[] vb = vs[b];
                    double dot = 0;
                    for (int j = 0; j < va.length; j++) {
                        dot += va[j] * vb[j];
                    }
                    for (int j = 0; j < va.length; j++) {
                        va[j] -= dot * vb[j];
                    }
                }
                double norm = 0;
                for (double x : va) {
                    norm += x * x;
                }
                norm = Math.sqrt(norm);
                if (norm < 1e-12) {
                    java.util.Arrays.fill(va, 0);
                } else {
                    for (int j = 0; j < va.length; j++) {
                        va[j] /= norm;
                    }
                }
            }
        }
    }

    /**
     * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations: returns the
     * eigenvalues; column e of {@code vectors} is eigenvector e. {@code a} is overwritten.
     */
    static double[] jacobi(double[][] a, double[][] vectors) {
        int k = a.length;
        for (int i = 0; i < k; i++) {
            java.util.Arrays.fill(vectors[i], 0);
            vectors[i][i] = 1;
        }
        double norm = 0;
        for (double[] row : a) {
            for (double x : row) {
                norm += x * x;
            }
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int p = 0; p < k; p++) {
                for (int q = p + 1; q < k; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off <= 1e-30 * Math.max(norm, 1e-300)) {
                break;
            }
            for (int p = 0; p < k; p++) {
                for (int q = p + 1; q < k; q++) {
                    if (a[p][q] == 0) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int r = 0; r < k; r++) {
                        double arp = a[r][p];
                        double arq = a[r][q];
                        a[r][p] = c * arp - s * arq;
                        a[r][q] = s * arp + c * arq;
                    }
                    for (int r = 0; r < k; r++) {
                        double apr = a[p][r];
                        double aqr = a[q][r];
                        a[p][r] = c * apr - s * aqr;
                        a[q][r] = s * apr + c * aqr;
                    }
                    for (int r = 0; r < k; r++) {
                        double vrp = vectors[r][p];
                        double vrq = vectors[r][q];
                        vectors[r][p] = c * vrp - s * vrq;
                        vectors[r][q] = s * vrp + c * vrq;
                    }
                }
            }
        }
        double[] values = new double[k];
        for (int i = 0; i < k; i++) {
            values[i] = a[i][i];
        }
        return values;
    }

    private static void fixSign(double[] v) {
        int arg = 0;
        for (int j = 1; j < v.length; j++) {
            if (Math.abs(v[j]) > Math.abs(v[arg])) {
                arg = j;
            }
        }
        if (v[arg] < 0) {
            for (int j = 0; j < v.length; j++) {
                v[j] = -v[j];
            }
        }
    }
}
