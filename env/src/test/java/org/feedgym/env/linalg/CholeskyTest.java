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
}
