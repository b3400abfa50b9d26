package org.feedgym.simulator.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Morris's elementary-effects screening (Morris 1991, "Factorial sampling plans for preliminary
 * computational experiments", Technometrics 33(2)), summarised by μ, σ and Campolongo et al.'s μ*
 * (the mean absolute effect; Campolongo, Cariboni and Saltelli 2007, Environ. Model. Softw. 22).
 *
 * <p>Everything is on the unit cube: a design point's coordinates are levels {@code 0, 1/(p-1), …, 1}
 * and a step moves one factor by Δ = p / (2(p − 1)). An elementary effect is
 * {@code (f(x + Δ e_i) − f(x)) / Δ}, so for {@code f(x) = Σ c_i x_i} it is exactly {@code c_i}.
 */
public final class Morris {

    private Morris() {
    }

    /**
     * A design: {@code r} trajectories of {@code k + 1} points each, point {@code t(k+1) + j}
     * being step {@code j} of trajectory {@code t}.
     *
     * @param factors number of factors k
     * @param levels  grid levels p
     * @param points  unit-cube points, r(k + 1) of them
     * @param moved   for each point but a trajectory's first, the factor that changed to reach it;
     *                -1 for a first point
     */
    public record Design(int factors, int levels, List<double[]> points, int[] moved) {
        public Design {
            points = List.copyOf(points);
            moved = moved.clone();
        }

        /** Number of trajectories r. */
        public int trajectories() {
            return points.size() / (factors + 1);
        }

        /** Δ = p / (2(p − 1)). */
        public double delta() {
            return Morris.delta(levels);
        }
    }

    /**
     * Per-factor statistics of the elementary effects.
     *
     * @param mu     mean effect (signed)
     * @param muStar mean absolute effect (Campolongo's μ*), the ranking measure
     * @param sigma  standard deviation of the effects (n − 1 denominator; 0 with one trajectory):
     *               large when the factor interacts or acts non-linearly
     */
    public record Effects(double mu, double muStar, double sigma) {
    }

    static double delta(int levels) {
        return levels / (2.0 * (levels - 1));
    }

    /**
     * Samples {@code r} random trajectories on a {@code p}-level grid in {@code [0,1]^k}: a random
     * base point from the levels that leave room for a step of Δ, a random order of factors and a
     * random direction for each.
     *
     * @param k      factors, at least 1
     * @param r      trajectories, at least 2 (σ needs two effects per factor)
     * @param p      levels, an even number at least 2 (Δ is then a whole number of grid steps)
     * @param random the generator every choice is drawn from
     */
    public static Design design(int k, int r, int p, RandomGenerator random) {
        if (k < 1) {
            throw new IllegalArgumentException("factors must be >= 1, got " + k);
        }
        if (r < 2) {
            throw new IllegalArgumentException("trajectories must be >= 2, got " + r);
        }
        if (p < 2 || p % 2 != 0) {
            throw new IllegalArgumentException("levels must be an even number >= 2, got " + p);
        }
        double delta = delta(p);
        // Levels i/(p-1) with i < p/2 leave room for +Δ (Δ is (p/2) grid steps).
        int startLevels = p / 2;
        List<double[]> points = new ArrayList<>();
        int[] moved = new int[r * (k + 1)];
        for (int t = 0; t < r; t++) {
            double[] x = new double[k];
            boolean[] up = new boolean[k];
            for (int i = 0; i < k; i++) {
                up[i] = random.nextBoolean();
                double base = random.nextInt(startLevels) / (double) (p - 1);
                x[i] = up[i] ? base : base + delta;
            }
            int[] order = permutation(k, random);
            points.add(x.clone());
            moved[t * (k + 1)] = -1;
            for (int j = 0; j < k; j++) {
                int i = order[j];
                x[i] += up[i] ? delta : -delta;
                points.add(x.clone());
                moved[t * (k + 1) + j + 1] = i;
            }
        }
        return new Design(k, p, points, moved);
    }

    /**
     * μ, μ* and σ of every factor's elementary effects.
     *
     * @param design the design the outputs belong to
     * @param y      f at each design point, in design order
     * @return one {@link Effects} per factor, in factor order
     */
    public static List<Effects> analyse(Design design, double[] y) {
        int k = design.factors();
        if (y.length != design.points().size()) {
            throw new IllegalArgumentException("need one output per design point (" + design.points().size()
                    + "), got " + y.length);
        }
        int r = design.trajectories();
        double[][] effects = new double[k][r];
        for (int t = 0; t < r; t++) {
            for (int j = 1; j <= k; j++) {
                int at = t * (k + 1) + j;
                int i = design.moved()[at];
                double step = design.points().get(at)[i] - design.points().get(at - 1)[i];
                effects[i][t] = (y[at] - y[at - 1]) / step;
            }
        }
        List<Effects> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double mu = 0;
            double abs = 0;
            for (double e : effects[i]) {
                mu += e;
                abs += Math.abs(e);
            }
            mu /= r;
            abs /= r;
            double ss = 0;
            for (double e : effects[i]) {
                ss += (e - mu) * (e - mu);
            }
            out.add(new Effects(mu, abs, r > 1 ? Math.sqrt(ss / (r - 1)) : 0));
        }
        return out;
    }

    private static int[] permutation(int k, RandomGenerator random) {
        int[] order = new int[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        for (int i = k - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        return order;
    }
}
