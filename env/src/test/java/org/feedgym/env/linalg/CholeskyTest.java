package org.feedgym.env.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CholeskyTest {

    // A = L Lᵀ with L = [[2, 0, 0], [6, 1, 0], [-8, 5, 3]]: every step below is exact in doubles.
    private static final double[] A = {4, 12, -16, 12, 37, -43, -16, -43, 98};

    @Test
    void factorsASmallSpdMatrixIntoTheHandComputedFactor() {
        double[] l = new double[9];
        Cholesky.factor(A, 3, l);
        assertArrayEquals(new double[] {2, 0, 0, 6, 1, 0, -8, 5, 3}, l);
    }

    @Test
    void solvesASmallSpdSystemToTheHandComputedAnswer() {
        // b = A·(1, 2, 3): forward substitution gives z = (-10, 17, 9), back substitution y = (1, 2, 3).
        double[] l = new double[9];
        Cholesky.factor(A, 3, l);
        double[] b = {99, -20, -43, 192};
        double[] y = new double[3];
        Cholesky.solve(l, 3, b, 1, y);
        assertArrayEquals(new double[] {1, 2, 3}, y);
    }

    @Test
    void solvesInPlaceWhenTheRightHandSideIsTheOutput() {
        double[] l = new double[9];
        Cholesky.factor(A, 3, l);
        double[] y = {-20, -43, 192};
        Cholesky.solve(l, 3, y, 0, y);
        assertArrayEquals(new double[] {1, 2, 3}, y);
    }

    @Test
    void solvesTheTransposedFactorByBackSubstitution() {
        // Lᵀ y = (14, 17, 9): y2 = 3, y1 = 17 - 5·3 = 2, y0 = (14 - 6·2 + 8·3) / 2 = 13.
        double[] l = new double[9];
        Cholesky.factor(A, 3, l);
        double[] z = {14, 17, 9};
        Cholesky.solveTransposed(l, 3, z);
        assertArrayEquals(new double[] {13, 2, 3}, z);
    }

    @Test
    void readsOnlyTheLowerTriangle() {
        double[] upperGarbage = A.clone();
        upperGarbage[1] = 1e9;
        upperGarbage[2] = Double.NaN;
        upperGarbage[5] = -7;
        double[] l = new double[9];
        Cholesky.factor(upperGarbage, 3, l);
        assertArrayEquals(new double[] {2, 0, 0, 6, 1, 0, -8, 5, 3}, l);
    }

    @Test
    void refusesAMatrixThatIsNotPositiveDefinite() {
        // [[1, 2], [2, 1]] has eigenvalues 3 and -1: the second pivot is 1 - 2² = -3.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Cholesky.factor(new double[] {1, 2, 2, 1}, 2, new double[4]));
        assertEquals("not positive definite (pivot -3.0 at 1)", e.getMessage());
    }

    @Test
    void refusesASingularMatrixWithoutAFloor() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Cholesky.factor(new double[] {1, 1, 1, 1}, 2, new double[4]));
        assertEquals("not positive definite (pivot 0.0 at 1)", e.getMessage());
    }

    @Test
    void raisesSmallPivotsToTheFloorForSemiDefiniteMatrices() {
        // [[1, 1], [1, 1]]: the second pivot is 0, raised to 1e-12, so l11 = 1e-6.
        double[] l = new double[4];
        Cholesky.factorWithFloor(new double[] {1, 1, 1, 1}, 2, 1e-12, l);
        assertArrayEquals(new double[] {1, 0, 1, 1e-6}, l);
    }

    @Test
    void refusesANonPositiveFloor() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Cholesky.factorWithFloor(new double[] {1}, 1, 0, new double[1]));
        assertEquals("floor must be > 0, got 0.0", e.getMessage());
    }

    @Test
    void refusesBuffersSmallerThanTheOrder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Cholesky.factor(new double[4], 3, new double[9]));
        assertEquals("a and l must hold n * n = 9 numbers, got 4 and 9", e.getMessage());
    }

    @Test
    void givesTheTextbookRowByRowFactorBitForBit() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(17);
        for (int n = 1; n <= 40; n++) {
            for (int rank : new int[] {n, Math.max(1, n / 2)}) {
                double[] a = gram(random, n, n + 3);
                double[] lowRank = gram(random, n, rank);
                double[] l = new double[n * n];
                Cholesky.factor(a, n, l);
                assertArrayEquals(rowByRow(a, n, Double.NaN), l, "order " + n);
                // A rank-deficient Gram matrix: pivots near or below zero, raised to the floor.
                Cholesky.factorWithFloor(lowRank, n, 1e-9, l);
                assertArrayEquals(rowByRow(lowRank, n, 1e-9), l, "order " + n + ", rank " + rank);
            }
        }
    }

    @Test
    void refusesTheSamePivotAsTheRowByRowOrder() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        int refused = 0;
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + random.nextInt(20);
            double[] a = gram(random, n, n + 2);
            int bad = random.nextInt(n);
            a[bad * n + bad] -= random.nextDouble(0, 4 * a[bad * n + bad]);
            String expected;
            try {
                rowByRow(a, n, Double.NaN);
                expected = null;
            } catch (IllegalArgumentException e) {
                expected = e.getMessage();
                refused++;
            }
            String actual;
            try {
                Cholesky.factor(a, n, new double[n * n]);
                actual = null;
            } catch (IllegalArgumentException e) {
                actual = e.getMessage();
            }
            assertEquals(expected, actual, "trial " + trial);
        }
        org.junit.jupiter.api.Assertions.assertTrue(refused > 50, "too few refused matrices to compare: " + refused);
    }

    /** XᵀX for an m × n matrix X of standard normals, with garbage in the strict upper triangle. */
    private static double[] gram(java.util.SplittableRandom random, int n, int m) {
        double[] x = new double[m * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextDouble(-1, 1);
        }
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int t = 0; t < m; t++) {
                    s += x[t * n + i] * x[t * n + j];
                }
                a[i * n + j] = j <= i ? s : random.nextDouble();
            }
        }
        return a;
    }

    /** The textbook Cholesky-Banachiewicz order, row by row, as the reference. */
    private static double[] rowByRow(double[] a, int n, double floor) {
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    s -= l[i * n + k] * l[j * n + k];
                }
                if (i == j) {
                    if (Double.isNaN(floor) && !(s > 0)) {
                        throw new IllegalArgumentException("not positive definite (pivot " + s + " at " + i + ")");
                    }
                    l[i * n + i] = Math.sqrt(Double.isNaN(floor) ? s : Math.max(s, floor));
                } else {
                    l[i * n + j] = s / l[j * n + j];
                }
            }
        }
        return l;
    }
}
