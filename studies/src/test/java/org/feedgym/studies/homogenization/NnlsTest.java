package org.feedgym.studies.homogenization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.feedgym.env.random.Seeds;
import org.junit.jupiter.api.Test;

class NnlsTest {

    @Test
    void aComponentThatWouldBeNegativeIsHeldAtZero() {
        // A = [[1,0],[0,1],[1,1]], y = [1,0,0]: G = AᵀA = [[2,1],[1,2]], b = Aᵀy = [1,0].
        // Unconstrained: G⁻¹b = (1/3)[[2,-1],[-1,2]]·[1,0] = [2/3, -1/3]. With x2 held at 0,
        // x1 = b1/G11 = 1/2, and the gradient for x2, (Gx − b)_2 = 0.5 ≥ 0, confirms the optimum.
        double[] x = new double[2];
        new Nnls(2).solve(new double[] {2, 1, 1, 2}, new double[] {1, 0}, 0, x, 0);
        assertArrayEquals(new double[] {0.5, 0}, x, 1e-12);
    }

    @Test
    void anInteriorSolutionIsTheLeastSquaresSolution() {
        // G = [[2,1],[1,2]], b = [3,3]: G⁻¹b = [1,1], already non-negative.
        double[] x = new double[2];
        new Nnls(2).solve(new double[] {2, 1, 1, 2}, new double[] {3, 3}, 0, x, 0);
        assertArrayEquals(new double[] {1, 1}, x, 1e-12);
    }

    @Test
    void noInteractionsGiveTheZeroVector() {
        double[] x = {9, 9};
        new Nnls(2).solve(new double[] {2, 1, 1, 2}, new double[] {0, 0}, 0, x, 0);
        assertArrayEquals(new double[] {0, 0}, x, 0);
    }

    @Test
    void solutionsMeetTheOptimalityConditionsOnRandomProblems() {
        // KKT for min ||Ax − y||², x ≥ 0: x ≥ 0, w = b − Gx ≤ 0, and w_j = 0 wherever x_j > 0.
        RandomGenerator rng = Seeds.generator(5, "nnls-test", 0);
        int k = 6;
        int rows = 30;
        Nnls nnls = new Nnls(k);
        for (int rep = 0; rep < 200; rep++) {
            double[] a = new double[rows * k];
            double[] y = new double[rows];
            for (int i = 0; i < a.length; i++) {
                a[i] = rng.nextDouble();
            }
            for (int i = 0; i < rows; i++) {
                y[i] = rng.nextDouble() < 0.3 ? 1 : 0;
            }
            double[] g = new double[k * k];
            double[] b = new double[k];
            for (int r = 0; r < rows; r++) {
                for (int i = 0; i < k; i++) {
                    b[i] += a[r * k + i] * y[r];
                    for (int j = 0; j < k; j++) {
                        g[i * k + j] += a[r * k + i] * a[r * k + j];
                    }
                }
            }
            double[] x = new double[k];
            nnls.solve(g, b, 0, x, 0);
            for (int i = 0; i < k; i++) {
                double w = b[i];
                for (int j = 0; j < k; j++) {
                    w -= g[i * k + j] * x[j];
                }
                assertTrue(x[i] >= 0, "x" + i + " = " + x[i]);
                assertTrue(w <= 1e-9, "w" + i + " = " + w);
                if (x[i] > 0) {
                    assertEquals(0, w, 1e-9);
                }
            }
        }
    }
}
