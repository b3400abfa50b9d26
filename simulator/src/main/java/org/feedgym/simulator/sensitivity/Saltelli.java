package org.feedgym.simulator.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Variance-based (Sobol') sensitivity indices by Saltelli's sampling scheme: two matrices A and B
 * of {@code N} quasi-random points each (the two halves of a {@code 2k}-dimensional Sobol sequence,
 * its all-zero first point skipped), and for every factor i the matrix {@code AB_i}, A with column i
 * taken from B: {@code N(k + 2)} evaluations.
 *
 * <p>Estimators (Saltelli et al. 2010, "Variance based sensitivity analysis of model output",
 * Comput. Phys. Commun. 181, table 2): first order
 * {@code S_i = mean(f(B)(f(AB_i) − f(A))) / V} and Jansen's total
 * {@code ST_i = mean((f(A) − f(AB_i))²) / 2V}, with V the variance of f over A and B together.
 * Intervals are percentile bootstraps over the N rows.
 */
public final class Saltelli {

    private Saltelli() {
    }

    /**
     * An index with its bootstrap 95% interval.
     *
     * @param value   the estimate from all rows
     * @param ci95Low 2.5th percentile of the bootstrap estimates
     * @param ci95High 97.5th percentile
     */
    public record Interval(double value, double ci95Low, double ci95High) {
    }

    /**
     * First-order and total indices of one factor.
     *
     * @param first first-order index S_i
     * @param total total index ST_i
     */
    public record Indices(Interval first, Interval total) {
    }

    /**
     * The design in evaluation order: for each row j, {@code A_j}, {@code AB_1,j} … {@code AB_k,j},
     * {@code B_j}.
     *
     * @param k factors, in [1, 500] (the Sobol generator's 1000 dimensions halved)
     * @param n base samples N, at least 2
     */
    public static List<double[]> design(int k, int n) {
        if (k < 1 || k > 500) {
            throw new IllegalArgumentException("factors must be in [1, 500], got " + k);
        }
        if (n < 2) {
            throw new IllegalArgumentException("samples must be >= 2, got " + n);
        }
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.skipTo(1);
        List<double[]> points = new ArrayList<>(n * (k + 2));
        for (int j = 0; j < n; j++) {
            double[] v = sobol.nextVector();
            double[] a = Arrays.copyOfRange(v, 0, k);
            double[] b = Arrays.copyOfRange(v, k, 2 * k);
            points.add(a);
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                points.add(ab);
            }
            points.add(b);
        }
        return points;
    }

    /**
     * The indices of every factor.
     *
     * @param k         factors
     * @param y         f at each point of {@link #design(int, int)}, in its order
     * @param bootstrap bootstrap resamples for the intervals, at least 1
     * @param random    draws the bootstrap rows
     * @return one {@link Indices} per factor
     */
    public static List<Indices> analyse(int k, double[] y, int bootstrap, RandomGenerator random) {
        if (y.length % (k + 2) != 0 || y.length == 0) {
            throw new IllegalArgumentException("need N(k + 2) outputs for k = " + k + ", got " + y.length);
        }
        if (bootstrap < 1) {
            throw new IllegalArgumentException("bootstrap must be >= 1, got " + bootstrap);
        }
        int n = y.length / (k + 2);
        int[] all = new int[n];
        for (int j = 0; j < n; j++) {
            all[j] = j;
        }
        double[][] point = estimate(k, y, all);
        double[][][] boot = new double[bootstrap][][];
        int[] rows = new int[n];
        for (int b = 0; b < bootstrap; b++) {
            for (int j = 0; j < n; j++) {
                rows[j] = random.nextInt(n);
            }
            boot[b] = estimate(k, y, rows);
        }
        List<Indices> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            out.add(new Indices(interval(point[0][i], boot, 0, i), interval(point[1][i], boot, 1, i)));
        }
        return out;
    }

    /** {first[k], total[k]} from the given rows. */
    private static double[][] estimate(int k, double[] y, int[] rows) {
        int n = rows.length;
        double mean = 0;
        for (int j : rows) {
            mean += fa(y, k, j) + fb(y, k, j);
        }
        mean /= 2.0 * n;
        double var = 0;
        for (int j : rows) {
            var += sq(fa(y, k, j) - mean) + sq(fb(y, k, j) - mean);
        }
        var /= 2.0 * n - 1;
        double[] first = new double[k];
        double[] total = new double[k];
        for (int i = 0; i < k; i++) {
            double s = 0;
            double t = 0;
            for (int j : rows) {
                double ab = y[j * (k + 2) + 1 + i];
                s += fb(y, k, j) * (ab - fa(y, k, j));
                t += sq(fa(y, k, j) - ab);
            }
            first[i] = var > 0 ? s / n / var : Double.NaN;
            total[i] = var > 0 ? t / (2.0 * n) / var : Double.NaN;
        }
        return new double[][] {first, total};
    }

    private static double fa(double[] y, int k, int j) {
        return y[j * (k + 2)];
    }

    private static double fb(double[] y, int k, int j) {
        return y[j * (k + 2) + k + 1];
    }

    private static double sq(double v) {
        return v * v;
    }

    private static Interval interval(double value, double[][][] boot, int which, int i) {
        double[] v = new double[boot.length];
        for (int b = 0; b < boot.length; b++) {
            v[b] = boot[b][which][i];
        }
        Arrays.sort(v);
        return new Interval(value, quantile(v, 0.025), quantile(v, 0.975));
    }

    /** Linear interpolation between order statistics (type 7). */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 1 || Double.isNaN(sorted[0])) {
            return sorted[0];
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
