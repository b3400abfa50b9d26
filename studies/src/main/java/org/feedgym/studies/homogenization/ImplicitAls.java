package org.feedgym.studies.homogenization;

import java.util.random.RandomGenerator;

/**
 * Implicit-feedback matrix factorisation by alternating least squares (Hu, Koren and Volinsky
 * 2008, "Collaborative filtering for implicit feedback datasets") with preconditioned
 * conjugate-gradient row solves (Takács, Pilászy and Tikk 2011), as LensKit's
 * {@code ImplicitMF} — which the T-RECS replication of Chaney et al. (2018) calls with its
 * defaults — fits it.
 *
 * <p>With binary interactions, confidence {@code 1 + α} on consumed items and 1 elsewhere, each
 * user row approximately solves {@code (YᵀY + λI + α Σ_{j∈N(u)} y_j y_jᵀ) x_u = (1 + α)
 * Σ_{j∈N(u)} y_j} by {@code cgSteps} Jacobi-preconditioned CG steps started from its current
 * value; items likewise. A fit starts from {@code (initialScale · N(0, 1))²} factors (every
 * training is a fresh model, as in T-RECS) and runs {@code iterations} sweeps. Only items with an
 * interaction are in the model; the others get the mean of the fitted item factors (T-RECS's
 * imputation for new items). Nothing is allocated per fit.
 */
final class ImplicitAls {

    private final int users;
    private final int f;
    private final double reg;
    private final double alpha;
    private final int iterations;
    private final int cgSteps;
    private final double initialScale;
    private final RandomGenerator rng;

    private final double[] userFactors;
    private final double[] itemFactors;
    private final int[] itemCount;
    private final int[] itemStart;
    private final int[] itemUsers;
    private final int[] userItems;
    private final int[] observed;
    private int observedCount;
    private final double[] gram;
    private final double[] precond;
    private final double[] r;
    private final double[] z;
    private final double[] p;
    private final double[] ap;
    private final double[] w;

    /**
     * @param users    users
     * @param maxItems items that may ever be released
     * @param maxSteps steps that may ever be observed
     * @param config   factors, λ, α, sweeps, CG steps and initial scale
     * @param rng      the generator of initial factors
     */
    ImplicitAls(int users, int maxItems, int maxSteps, MfConfig config, RandomGenerator rng) {
        this.users = users;
        this.f = config.factors();
        this.reg = config.regularization();
        this.alpha = config.confidenceWeight();
        this.iterations = config.iterations();
        this.cgSteps = config.cgSteps();
        this.initialScale = config.initialScale();
        this.rng = rng;
        userFactors = new double[users * f];
        itemFactors = new double[maxItems * f];
        itemCount = new int[maxItems];
        itemStart = new int[maxItems + 1];
        itemUsers = new int[users * maxSteps];
        userItems = new int[users * maxSteps];
        observed = new int[maxItems];
        gram = new double[f * f];
        precond = new double[f];
        r = new double[f];
        z = new double[f];
        p = new double[f];
        ap = new double[f];
        w = new double[f];
    }

    /** User factors, {@code users × factors}; read-only. */
    double[] userFactors() {
        return userFactors;
    }

    /** Item factors, {@code items × factors} (unobserved items: the mean); read-only. */
    double[] itemFactors() {
        return itemFactors;
    }

    /**
     * Fits to the interactions of steps {@code [0, steps)}.
     *
     * @param history  {@code history[t · users + u]}: item consumed by {@code u} at step {@code t}
     * @param steps    steps to fit (at least 1)
     * @param released items released so far (all interactions are below this)
     */
    void fit(int[] history, int steps, int released) {
        java.util.Arrays.fill(itemCount, 0, released, 0);
        for (int u = 0; u < users; u++) {
            for (int t = 0; t < steps; t++) {
                int i = history[t * users + u];
                userItems[u * steps + t] = i;
                itemCount[i]++;
            }
        }
        observedCount = 0;
        int offset = 0;
        for (int i = 0; i < released; i++) {
            itemStart[i] = offset;
            offset += itemCount[i];
            if (itemCount[i] > 0) {
                observed[observedCount++] = i;
            }
        }
        itemStart[released] = offset;
        java.util.Arrays.fill(itemCount, 0, released, 0);
        for (int u = 0; u < users; u++) {
            for (int t = 0; t < steps; t++) {
                int i = userItems[u * steps + t];
                itemUsers[itemStart[i] + itemCount[i]++] = u;
            }
        }
        for (int j = 0; j < observedCount; j++) {
            initialise(itemFactors, observed[j] * f);
        }
        for (int u = 0; u < users; u++) {
            initialise(userFactors, u * f);
        }
        for (int it = 0; it < iterations; it++) {
            computeGram(itemFactors, observed, observedCount);
            for (int u = 0; u < users; u++) {
                solveRow(userFactors, u * f, itemFactors, userItems, u * steps, (u + 1) * steps);
            }
            computeGram(userFactors, null, users);
            for (int j = 0; j < observedCount; j++) {
                int i = observed[j];
                solveRow(itemFactors, i * f, userFactors, itemUsers, itemStart[i], itemStart[i + 1]);
            }
        }
        imputeUnobserved(released);
    }

    private void initialise(double[] factors, int offset) {
        for (int c = 0; c < f; c++) {
            double g = rng.nextGaussian() * initialScale;
            factors[offset + c] = g * g;
        }
    }

    /** gram = Σ v vᵀ over the rows (all of them, or those listed in {@code rows}) + λI. */
    private void computeGram(double[] factors, int[] rows, int count) {
        java.util.Arrays.fill(gram, 0);
        for (int j = 0; j < count; j++) {
            int o = (rows == null ? j : rows[j]) * f;
            for (int a = 0; a < f; a++) {
                double va = factors[o + a];
                int row = a * f;
                for (int b = 0; b < f; b++) {
                    gram[row + b] += va * factors[o + b];
                }
            }
        }
        for (int a = 0; a < f; a++) {
            gram[a * f + a] += reg;
        }
    }

    /**
     * Improves {@code target[offset .. offset + f)} by CG on
     * {@code (gram + α Σ_j x_j x_jᵀ) w = (1 + α) Σ_j x_j}, j over {@code list[from .. to)}.
     */
    private void solveRow(double[] target, int offset, double[] other, int[] list, int from, int to) {
        for (int a = 0; a < f; a++) {
            w[a] = target[offset + a];
            precond[a] = gram[a * f + a];
            r[a] = 0;
        }
        for (int e = from; e < to; e++) {
            int o = list[e] * f;
            for (int a = 0; a < f; a++) {
                double x = other[o + a];
                precond[a] += alpha * x * x;
                r[a] += (1 + alpha) * x;
            }
        }
        for (int a = 0; a < f; a++) {
            precond[a] = 1 / precond[a];
        }
        multiply(w, other, list, from, to, ap);
        for (int a = 0; a < f; a++) {
            r[a] -= ap[a];
            z[a] = precond[a] * r[a];
            p[a] = z[a];
        }
        for (int step = 0; step < cgSteps; step++) {
            double gamma = dot(r, z);
            if (gamma == 0) {
                break;
            }
            multiply(p, other, list, from, to, ap);
            double pap = dot(p, ap);
            if (pap == 0) {
                break;
            }
            double al = gamma / pap;
            for (int a = 0; a < f; a++) {
                w[a] += al * p[a];
                r[a] -= al * ap[a];
                z[a] = precond[a] * r[a];
            }
            double beta = dot(r, z) / gamma;
            for (int a = 0; a < f; a++) {
                p[a] = z[a] + beta * p[a];
            }
        }
        System.arraycopy(w, 0, target, offset, f);
    }

    /** out = gram·v + α Σ_j x_j (x_j · v). */
    private void multiply(double[] v, double[] other, int[] list, int from, int to, double[] out) {
        for (int a = 0; a < f; a++) {
            out[a] = Vectors.dot(gram, a * f, v, 0, f);
        }
        for (int e = from; e < to; e++) {
            int o = list[e] * f;
            double d = alpha * Vectors.dot(other, o, v, 0, f);
            for (int a = 0; a < f; a++) {
                out[a] += d * other[o + a];
            }
        }
    }

    private double dot(double[] a, double[] b) {
        return Vectors.dot(a, 0, b, 0, f);
    }

    private void imputeUnobserved(int released) {
        java.util.Arrays.fill(w, 0);
        for (int j = 0; j < observedCount; j++) {
            int o = observed[j] * f;
            for (int c = 0; c < f; c++) {
                w[c] += itemFactors[o + c];
            }
        }
        for (int c = 0; c < f; c++) {
            w[c] = observedCount == 0 ? 0 : w[c] / observedCount;
        }
        int next = 0;
        for (int i = 0; i < released; i++) {
            if (next < observedCount && observed[next] == i) {
                next++;
            } else {
                System.arraycopy(w, 0, itemFactors, i * f, f);
            }
        }
    }
}
