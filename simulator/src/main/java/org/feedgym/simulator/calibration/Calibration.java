package org.feedgym.simulator.calibration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.usermodel.UserModelConfig;
import org.feedgym.env.world.CalibrationConfig;
import org.feedgym.env.world.WorldConfig;
import org.feedgym.simulator.fidelity.FidelityResult;
import org.feedgym.simulator.fidelity.FittedParameter;
import org.feedgym.simulator.fidelity.Objective;

/**
 * A calibration from start to end: read the log, fit the identified parameters on the fitting
 * users (first those a replay identifies, on their replays; then the exit, returns and budget
 * parameters named in {@code fit}, on simulated users living freely, compared with the fitting
 * users' rows), and evaluate default and calibrated users on the held-out users. Also the
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
        List<CalibrationConfig.Fit> replayFits = c.fit().stream()
                .filter(f -> Identifiability.identified(f.path(), log.selection())).toList();
        List<CalibrationConfig.Fit> freeFits = c.fit().stream()
                .filter(f -> Identifiability.byFreeRunning(f.path())).toList();
        List<CalibrationLog.UserExposures> fitting = log.fitting();
        // Both stages' target names are checked before any search starts.
        List<MomentObjective.Term> replayTerms = FidelityEvaluation.objectiveTargets(log);
        List<MomentObjective.Term> freeTerms = FreeRunning.objectiveTargets(log);
        Stages stages = new Stages(before, start);
        if (!replayFits.isEmpty()) {
            MomentObjective objective = MomentObjective.replay(replayTerms, log.selection(), log.signals(),
                    log.real(fitting));
            stages.run("replay stage", c.optimiser(), replayFits, m -> objective.value(Replays.sample(log, m, fitting, pool)),
                    objective.description(), progress);
        }
        if (!freeFits.isEmpty()) {
            progress.accept("calibrate: free-running stage: " + freeFits.size() + " exit/returns/budget parameters");
            FreeRunning free = new FreeRunning(log, pool);
            // The stage's simulated users are not the free-running check's (that one uses the root seed).
            long fitSeed = Seeds.derive(seed, "free-running-fit", 0);
            MomentObjective objective = MomentObjective.freeRunning(freeTerms, log.selection(), log.real(fitting));
            CalibrationConfig.FreeRunning settings = c.freeRunning();
            stages.run("free-running stage", settings.optimiser(), freeFits,
                    m -> objective.value(free.simulate(m, fitSeed, pool)),
                    objective.description().replace("common random numbers", "the stage's own " + settings.users()
                            + " simulated users over " + settings.days() + " days under the " + settings.policy()
                            + " policy, common random numbers"),
                    line -> progress.accept(line.replace("calibrate:", "calibrate: free-running stage:")));
        }
        UserModelConfig calibrated = stages.model;
        List<FittedParameter> fitted = List.copyOf(stages.fitted);
        Objective summary = stages.summary();
        java.util.Set<String> searched = new java.util.HashSet<>();
        fitted.forEach(p -> searched.add(p.parameter()));
        progress.accept("calibrate: evaluating default and calibrated users on the held-out users");
        FidelityResult result = FidelityEvaluation.evaluate(log, before, calibrated, fitted,
                Identifiability.list(world, start, log.selection(), searched), summary, seed, pool);
        return new Result(calibrated, result, log);
    }

    /**
     * The fidelity section of a run: FeedGym's default user model against the run's own, on the
     * held-out users of the log its config names, without fitting.
     */
    public static FidelityResult ofRun(WorldConfig world, long seed, ForkJoinPool pool) throws IOException {
        CalibrationLog log = CalibrationLog.read(world, seed, pool);
        return FidelityEvaluation.evaluate(log, UserModelConfig.defaults(), world.userModel(), List.of(),
                Identifiability.list(world, world.userModel(), log.selection(), java.util.Set.of()), null, seed, pool);
    }

    /** The fit so far: each stage starts from the previous one's model. */
    private static final class Stages {
        private final UserModelConfig before;
        private UserModelConfig model;
        private final List<FittedParameter> fitted = new ArrayList<>();
        private final List<String> descriptions = new ArrayList<>();
        private final List<String> optimisers = new ArrayList<>();
        private double atDefault;
        private double atCalibrated;

        Stages(UserModelConfig before, UserModelConfig start) {
            this.before = before;
            this.model = start;
        }

        /** Searches {@code fits} from the current model and records the stage. */
        void run(String name, CalibrationConfig.Optimiser settings, List<CalibrationConfig.Fit> fits,
                 ToDoubleFunction<UserModelConfig> objective, String description, Consumer<String> progress) {
            Calibrator.Outcome o = new Calibrator(settings, fits, progress).fit(model, objective);
            model = o.model();
            fitted.addAll(o.fitted());
            atDefault += objective.applyAsDouble(before);
            atCalibrated += o.value();
            descriptions.add(name + " (" + fits.size() + " parameters" + (descriptions.isEmpty() ? ""
                    : ", run after the replay stage with its values") + "): " + description);
            optimisers.add(name + ": " + optimiserText(settings, o.evaluations()));
        }

        /** The objective over the stages run, or null when none was. */
        Objective summary() {
            return descriptions.isEmpty() ? null : new Objective(String.join("; ", descriptions)
                    + (descriptions.size() > 1 ? "; the figures are the sum of both stages' objectives" : ""),
                    atDefault, atCalibrated, String.join("; ", optimisers));
        }
    }

    private static String optimiserText(CalibrationConfig.Optimiser o, int evaluations) {
        return ("cma-es".equals(o.type()) ? "CMA-ES (Commons Math CMAESOptimizer, bounded, active CMA)"
                : "Nelder-Mead (Commons Math SimplexOptimizer, values clipped to the bounds)")
                + " on the unit box of the bounds, seed " + o.seed() + ", " + evaluations + " of at most "
                + o.evaluations() + " evaluations";
    }
}
