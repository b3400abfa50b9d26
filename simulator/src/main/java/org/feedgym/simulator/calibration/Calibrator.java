package org.feedgym.simulator.calibration;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.feedgym.env.usermodel.UserModelConfig;
import org.feedgym.env.world.CalibrationConfig;
import org.feedgym.simulator.fidelity.FittedParameter;

/**
 * Minimises an objective over user-model parameters inside their bounds with Commons Math:
 * CMA-ES (Hansen 2006) with {@link SimpleBounds}, or Nelder–Mead with values clipped to the
 * bounds. The search runs on the unit box (each parameter scaled to [0, 1] by its bounds) from
 * the configured values; the best point evaluated is kept, so stopping at the evaluation budget
 * loses nothing. Deterministic: the optimiser's generator is seeded and the objective is.
 */
public final class Calibrator {

    /** Initial CMA-ES step on the unit box. */
    private static final double SIGMA = 0.3;
    /** Significant digits of a fitted value. */
    private static final int SIGNIFICANT_DIGITS = 4;

    private final CalibrationConfig.Optimiser optimiser;
    private final List<CalibrationConfig.Fit> fit;
    private final Consumer<String> progress;

    /**
     * @param optimiser the search settings
     * @param fit       the fitted parameters with bounds (at least one)
     * @param progress  receives a line per improvement
     */
    public Calibrator(CalibrationConfig.Optimiser optimiser, List<CalibrationConfig.Fit> fit, Consumer<String> progress) {
        if (fit.isEmpty()) {
            throw new IllegalArgumentException("fit must name at least one parameter");
        }
        this.optimiser = optimiser;
        this.fit = List.copyOf(fit);
        this.progress = progress;
    }

    /**
     * The search's outcome.
     *
     * @param model       the best user model found, its fitted values rounded to four significant digits
     * @param value       its objective (after rounding)
     * @param start       the objective at the start (the configured values)
     * @param evaluations objective evaluations made
     * @param fitted      per parameter, the value with its bounds and start
     */
    public record Outcome(UserModelConfig model, double value, double start, int evaluations,
                          List<FittedParameter> fitted) {
    }

    /**
     * Searches.
     *
     * @param start     the user model the search starts from (values outside a bound start at the bound)
     * @param objective the objective of a user model
     */
    public Outcome fit(UserModelConfig start, ToDoubleFunction<UserModelConfig> objective) {
        int k = fit.size();
        double[] u0 = new double[k];
        for (int i = 0; i < k; i++) {
            CalibrationConfig.Fit f = fit.get(i);
            u0[i] = clip((CalibrationConfig.value(start, f.path()) - f.low()) / (f.high() - f.low()));
        }
        Best best = new Best();
        ObjectiveFunction f = new ObjectiveFunction(u -> {
            UserModelConfig m = model(start, u);
            double v = objective.applyAsDouble(m);
            best.offer(u, m, v);
            return v;
        });
        double atStart = f.getObjectiveFunction().value(u0);
        if (optimiser.evaluations() > 1) {
            // A budget of one evaluation is the start alone: nothing is left for a search.
            search(f, u0);
        }
        // Fitted values are written to a config: four significant digits, inside the bounds.
        UserModelConfig rounded = start;
        for (CalibrationConfig.Fit p : fit) {
            double v = new java.math.BigDecimal(CalibrationConfig.value(best.model, p.path()))
                    .round(new java.math.MathContext(SIGNIFICANT_DIGITS)).doubleValue();
            rounded = CalibrationConfig.with(rounded, p.path(), Math.max(p.low(), Math.min(p.high(), v)));
        }
        UserModelConfig result = rounded;
        List<FittedParameter> fitted = fit.stream().map(p -> new FittedParameter(p.path(),
                CalibrationConfig.value(result, p.path()), p.low(), p.high(), CalibrationConfig.value(start, p.path())))
                .toList();
        return new Outcome(result, objective.applyAsDouble(result), atStart, best.evaluations, fitted);
    }

    /** Searches from {@code u0} until the budget left after the start is spent or the search converges. */
    private void search(ObjectiveFunction f, double[] u0) {
        int k = u0.length;
        try {
            if ("cma-es".equals(optimiser.type())) {
                double[] sigma = new double[k];
                java.util.Arrays.fill(sigma, SIGMA);
                int lambda = 4 + (int) Math.floor(3 * Math.log(k));
                new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0, new MersenneTwister(optimiser.seed()), false, null)
                        .optimize(new MaxEval(optimiser.evaluations() - 1), new MaxIter(Integer.MAX_VALUE), f,
                                GoalType.MINIMIZE, new InitialGuess(u0), new SimpleBounds(new double[k], ones(k)),
                                new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(lambda));
            } else {
                new SimplexOptimizer(1e-6, 1e-9).optimize(new MaxEval(optimiser.evaluations() - 1),
                        new MaxIter(Integer.MAX_VALUE), f, GoalType.MINIMIZE, new InitialGuess(u0),
                        new NelderMeadSimplex(k, 0.2));
            }
        } catch (TooManyEvaluationsException e) {
            // The budget is spent: the best point seen is the answer.
        }
    }

    private UserModelConfig model(UserModelConfig start, double[] u) {
        UserModelConfig m = start;
        for (int i = 0; i < fit.size(); i++) {
            CalibrationConfig.Fit f = fit.get(i);
            m = CalibrationConfig.with(m, f.path(), f.low() + clip(u[i]) * (f.high() - f.low()));
        }
        return m;
    }

    private static double clip(double u) {
        return Math.max(0, Math.min(1, u));
    }

    private static double[] ones(int k) {
        double[] o = new double[k];
        java.util.Arrays.fill(o, 1);
        return o;
    }

    /** The best point seen; ties keep the earlier one. */
    private final class Best {
        UserModelConfig model;
        double value = Double.POSITIVE_INFINITY;
        int evaluations;

        void offer(double[] u, UserModelConfig m, double v) {
            evaluations++;
            if (v < value) {
                value = v;
                model = m;
                progress.accept(String.format(Locale.ROOT, "calibrate: evaluation %d/%d: objective %.4f",
                        evaluations, optimiser.evaluations(), v));
            }
        }
    }
}
