package org.feedgym.studies.homogenization;

/** Small dense-vector kernels over slices of flat arrays. */
final class Vectors {

    private Vectors() {
    }

    /**
     * {@code Σ a[ao + j] · b[bo + j]} for {@code j < n}, with four partial sums: a single running
     * sum is one long dependency chain the JIT cannot reorder; four chains run in parallel. The
     * summation order is fixed, so results are deterministic.
     */
    static double dot(double[] a, int ao, double[] b, int bo, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            s0 += a[ao + j] * b[bo + j];
            s1 += a[ao + j + 1] * b[bo + j + 1];
            s2 += a[ao + j + 2] * b[bo + j + 2];
            s3 += a[ao + j + 3] * b[bo + j + 3];
        }
        for (; j < n; j++) {
            s0 += a[ao + j] * b[bo + j];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
