package org.feedgym.simulator.fidelity;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * A logistic regression with an intercept, fitted by iteratively reweighted least squares
 * (Newton's method on the log-likelihood) with an optional L2 penalty on the slopes, solved by
 * Commons Math's Cholesky decomposition. The reference predictor the response model's predicted
 * probabilities are compared with: fitted on the fitting users' rows, scored on held-out ones.
 *
 * <pre>{@code
 * LogisticRegression m = LogisticRegression.fit(features, liked, 1e-6);
 * double p = m.probability(new double[] {0.4, 1.2});
 * }</pre>
 */
public final class LogisticRegression {

    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-10;

    private final double[] coefficients;

    private LogisticRegression(double[] coefficients) {
        this.coefficients = coefficients;
    }

    /**
     * Fits the model.
     *
     * @param features one row of features per example (all rows the same length, finite values)
     * @param labels   the outcome of each example
     * @param ridge    L2 penalty λ ≥ 0 on the slopes (not the intercept): the fit maximises
     *                 {@code loglik − λ/2 · |slopes|²}. A small λ keeps the fit finite when a
     *                 feature separates the classes.
     * @return the fitted model
     * @throws IllegalArgumentException on empty, ragged or non-finite input, or a negative ridge
     */
    public static LogisticRegression fit(double[][] features, boolean[] labels, double ridge) {
        if (features.length == 0 || features.length != labels.length) {
            throw new IllegalArgumentException("features and labels must be non-empty and of equal length, got "
                    + features.length + " and " + labels.length);
        }
        if (!(ridge >= 0)) {
            throw new IllegalArgumentException("ridge must be >= 0, got " + ridge);
        }
        int p = features[0].length + 1;
        for (int i = 0; i < features.length; i++) {
            if (features[i].length != p - 1) {
                throw new IllegalArgumentException("every feature row must have " + (p - 1) + " values, got "
                        + features[i].length);
            }
            for (double v : features[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("features must be finite, got " + v + " in row " + i);
                }
            }
        }
        double[] beta = new double[p];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            RealMatrix hessian = new Array2DRowRealMatrix(p, p);
            RealVector gradient = new ArrayRealVector(p);
            for (int i = 0; i < features.length; i++) {
                double[] x = withIntercept(features[i]);
                double mu = sigmoid(dot(beta, x));
                double w = mu * (1 - mu);
                double residual = (labels[i] ? 1 : 0) - mu;
                for (int a = 0; a < p; a++) {
                    gradient.addToEntry(a, residual * x[a]);
                    for (int b = a; b < p; b++) {
                        hessian.addToEntry(a, b, w * x[a] * x[b]);
                    }
                }
            }
            // Built on the upper triangle and mirrored: exactly symmetric, as Cholesky requires.
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < a; b++) {
                    hessian.setEntry(a, b, hessian.getEntry(b, a));
                }
            }
            for (int a = 1; a < p; a++) {
                gradient.addToEntry(a, -ridge * beta[a]);
                hessian.addToEntry(a, a, ridge);
            }
            // A tiny jitter on the diagonal keeps the decomposition defined when a weight underflows
            // or a column repeats another (the intercept, say): one of the equally good fits is taken.
            for (int a = 0; a < p; a++) {
                hessian.addToEntry(a, a, 1e-12);
            }
            RealVector step;
            try {
                step = new CholeskyDecomposition(hessian, 0, 0).getSolver().solve(gradient);
            } catch (NonPositiveDefiniteMatrixException e) {
                throw new IllegalStateException("the Newton step has no solution at iteration " + iteration, e);
            }
            for (int a = 0; a < p; a++) {
                beta[a] += step.getEntry(a);
            }
            if (step.getLInfNorm() < TOLERANCE) {
                break;
            }
        }
        return new LogisticRegression(beta);
    }

    /** The coefficients: the intercept first, then one per feature. */
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** The predicted probability of a positive label for one feature row. */
    public double probability(double[] features) {
        if (features.length != coefficients.length - 1) {
            throw new IllegalArgumentException("features must have " + (coefficients.length - 1) + " values, got "
                    + features.length);
        }
        return sigmoid(dot(coefficients, withIntercept(features)));
    }

    /** The predicted probabilities of many rows. */
    public double[] probabilities(double[][] features) {
        return Arrays.stream(features).mapToDouble(this::probability).toArray();
    }

    private static double[] withIntercept(double[] x) {
        double[] out = new double[x.length + 1];
        out[0] = 1;
        System.arraycopy(x, 0, out, 1, x.length);
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
