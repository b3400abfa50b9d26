package org.feedgym.simulator.calibration;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import org.feedgym.env.usermodel.UserModelConfig;
import org.feedgym.env.world.CalibrationConfig;
import org.feedgym.env.world.WorldConfig;
import org.feedgym.simulator.fidelity.FidelityResult;
import org.feedgym.simulator.fidelity.Objective;

/**
 * A calibration from start to end: read the log, fit the identified parameters on the fitting
 * users' replays, and evaluate default and calibrated users on the held-out users. Also the
 * fidelity section of a {@code run} (no fit: FeedGym's default user model against the run's).
 */
public final class Calibration {

    private Calibration() {
    }

    /**
     * What a calibration produced.
     *
     * @param model    the calibrated user model (structure applied, fitted values in)
     * @param fidelity the figures of {@code fidelity.json}
     * @param log      the log it was compared with
     */
    public record Result(UserModelConfig model, FidelityResult fidelity, CalibrationLog log) {
    }

    /**
     * Fits and evaluates.
     *
     * @param world    a world config with a calibration section
     * @param seed     the root seed
     * @param pool     where replays run, or null
     * @param progress receives progress lines
     * @throws IOException              when the log cannot be read
     * @throws IllegalArgumentException when the log has no usable rows or too few users
     */
    public static Result calibrate(WorldConfig world, long seed, ForkJoinPool pool, Consumer<String> progress)
            throws IOException {
        CalibrationConfig c = world.calibration();
        progress.accept("calibrate: reading the log and building the catalog from the fitting users");
        CalibrationLog log = CalibrationLog.read(world, seed, pool);
        progress.accept(String.format(Locale.ROOT, "calibrate: %d fitting users, %d held out; selection '%s'",
                log.fitting().size(), log.heldOut().size(), log.selection().name()));
        UserModelConfig before = world.userModel();
        UserModelConfig start = c.structured(before);
        List<CalibrationConfig.Fit> fits = c.fit().stream().filter(f -> Identifiability.identified(f.path(), log.selection())).toList();
        MomentObjective objective = new MomentObjective(FidelityEvaluation.objectiveTargets(log), log.selection(), log.signals(),
                log.real(log.fitting()));
        List<CalibrationLog.UserExposures> fitting = log.fitting();
        java.util.function.ToDoubleFunction<UserModelConfig> f =
                m -> objective.value(Replays.sample(log, m, fitting, pool));
        UserModelConfig calibrated = start;
        List<org.feedgym.simulator.fidelity.FittedParameter> fitted = List.of();
        Objective summary = null;
        if (!fits.isEmpty()) {
            Calibrator.Outcome o = new Calibrator(c.optimiser(), fits, progress).fit(start, f);
            calibrated = o.model();
            fitted = o.fitted();
            summary = new Objective(objective.description(), f.applyAsDouble(before), o.value(),
                    optimiserText(c.optimiser(), o.evaluations()));
        }
        progress.accept("calibrate: evaluating default and calibrated users on the held-out users");
        FidelityResult result = FidelityEvaluation.evaluate(log, before, calibrated, fitted,
                Identifiability.list(world, start, log.selection()), summary, seed, pool);
        return new Result(calibrated, result, log);
    }

    /**
     * The fidelity section of a run: FeedGym's default user model against the run's own, on the
     * held-out users of the log its config names, without fitting.
     */
    public static FidelityResult ofRun(WorldConfig world, long seed, ForkJoinPool pool) throws IOException {
        CalibrationLog log = CalibrationLog.read(world, seed, pool);
        return FidelityEvaluation.evaluate(log, UserModelConfig.defaults(), world.userModel(), List.of(),
                Identifiability.list(world, world.userModel(), log.selection()), null, seed, pool);
    }

    private static String optimiserText(CalibrationConfig.Optimiser o, int evaluations) {
        return ("cma-es".equals(o.type()) ? "CMA-ES (Commons Math CMAESOptimizer, bounded, active CMA)"
                : "Nelder-Mead (Commons Math SimplexOptimizer, values clipped to the bounds)")
                + " on the unit box of the bounds, seed " + o.seed() + ", " + evaluations + " of at most "
                + o.evaluations() + " evaluations";
    }
}
