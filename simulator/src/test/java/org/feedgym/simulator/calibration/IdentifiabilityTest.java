package org.feedgym.simulator.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.env.usermodel.UserModelConfig;
import org.feedgym.env.world.CalibrationConfig;
import org.feedgym.env.world.WorldConfig;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.fidelity.FittedParameter;
import org.feedgym.simulator.fidelity.InteractionTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log simulated by FeedGym with known parameter values is calibrated back to them: the
 * fixture's exposures are replayed under the true values with seeds the fit never uses (so the fit
 * sees fresh draws, not its own common random numbers), and the search starts from the defaults.
 */
class IdentifiabilityTest {

    private static final String CALIBRATION = """
            "selection": "all", "warmUpShare": 0.2,
            "structure": {"response": {"type": "lognormal-watch"}},
            "fit": [{"path": "$.world.userModel.response.intercept", "low": -4, "high": 2},
                    {"path": "$.world.userModel.response.sigma", "low": 0.1, "high": 1.5},
                    {"path": "$.world.userModel.signals.likeRate", "low": 0.02, "high": 1}],
            "optimiser": {"type": "cma-es", "evaluations": 150, "seed": 3}""";

    @TempDir
    Path dir;

    @Test
    void aLogSimulatedWithKnownValuesIsCalibratedBackToThem() throws Exception {
        Path config = dir.resolve("c.json");
        java.nio.file.Files.writeString(config, CalibrationFixture.config(CalibrationFixture.log(dir), CALIBRATION));
        WorldConfig world = new ConfigLoader(AgentRegistry.builtIn()).load(config).config().world();
        CalibrationLog log = CalibrationLog.read(world, 5, null);
        CalibrationConfig c = world.calibration();
        UserModelConfig start = c.structured(world.userModel());
        UserModelConfig truth = CalibrationConfig.with(CalibrationConfig.with(CalibrationConfig.with(start,
                "$.world.userModel.response.intercept", -1.5), "$.world.userModel.response.sigma", 0.4),
                "$.world.userModel.signals.likeRate", 0.6);
        // Fresh draws: every user's seed changed, the exposures kept.
        List<CalibrationLog.UserExposures> fresh = log.fitting().stream().map(e -> new CalibrationLog.UserExposures(
                e.user(), e.seed() ^ 0x9E3779B97F4A7C15L, e.warmUp(), e.items(), e.times(), e.watchKnown(),
                e.rowStart(), e.rowEnd())).toList();
        InteractionTable observed = Replays.sample(log, truth, fresh, null);
        MomentObjective objective = MomentObjective.replay(FidelityEvaluation.objectiveTargets(log), log.selection(), log.signals(),
                observed);
        Calibrator.Outcome o = new Calibrator(c.optimiser(), c.fit(), line -> { })
                .fit(start, m -> objective.value(Replays.sample(log, m, log.fitting(), null)));

        assertTrue(o.value() < o.start(), o.value() + " vs " + o.start());
        // Tolerances: about a tenth of each range, the spread of the estimate over 32 users' 40 rows.
        assertEquals(-1.5, fitted(o, p -> p.parameter().endsWith("intercept")), 0.35);
        assertEquals(0.4, fitted(o, p -> p.parameter().endsWith("sigma")), 0.1);
        assertEquals(0.6, fitted(o, p -> p.parameter().endsWith("likeRate")), 0.1);
    }

    @Test
    void returnGapsSimulatedWithAKnownMeanAreFittedBackByTheFreeRunningStage() throws Exception {
        Path config = dir.resolve("free.json");
        java.nio.file.Files.writeString(config, CalibrationFixture.config(CalibrationFixture.log(dir), """
                "selection": "all",
                "fit": [{"path": "$.world.userModel.returns.meanExtraGapHours", "low": 1, "high": 40}],
                "freeRunning": {"users": 48, "days": 6, "optimiser": {"type": "cma-es", "evaluations": 40, "seed": 3}}"""));
        WorldConfig world = new ConfigLoader(AgentRegistry.builtIn()).load(config).config().world();
        CalibrationLog log = CalibrationLog.read(world, 5, null);
        CalibrationConfig c = world.calibration();
        UserModelConfig start = c.structured(world.userModel());
        UserModelConfig truth = CalibrationConfig.with(start, "$.world.userModel.returns.meanExtraGapHours", 5);
        FreeRunning free = new FreeRunning(log, null);
        // The "real" rows come from users of a seed the fit never uses.
        InteractionTable observed = free.simulate(truth, 99, null);
        MomentObjective objective = MomentObjective.freeRunning(FreeRunning.objectiveTargets(log), log.selection(),
                observed);
        Calibrator.Outcome o = new Calibrator(c.freeRunning().optimiser(), c.fit(), line -> { })
                .fit(start, m -> objective.value(free.simulate(m, 5, null)));

        assertTrue(Identifiability.byFreeRunning("$.world.userModel.returns.meanExtraGapHours"));
        assertTrue(o.value() < o.start(), o.value() + " vs " + o.start());
        // Tolerance: about a fifth of the true mean, the spread of a mean over a few hundred gaps
        // seen through 30-minute sessions; the start (14 h) is far outside it.
        assertEquals(5, fitted(o, p -> p.parameter().endsWith("meanExtraGapHours")), 1.0);
    }

    @Test
    void aLikeOrHateSelectionLeavesOnlyTheReactionLevelUnidentified() {
        org.feedgym.simulator.fidelity.Selection selected = org.feedgym.simulator.fidelity.Selection.likeOrHate();
        org.feedgym.simulator.fidelity.Selection all = org.feedgym.simulator.fidelity.Selection.all();
        assertFalse(Identifiability.identified("$.world.userModel.signals.likeRate", selected));
        assertTrue(Identifiability.identified("$.world.userModel.signals.likeRate", all));
        for (String p : List.of("signals.likePower", "negative.intercept", "negative.watch", "negative.affinity")) {
            assertTrue(Identifiability.identified("$.world.userModel." + p, selected), p);
        }
    }

    private static double fitted(Calibrator.Outcome o, Predicate<FittedParameter> which) {
        return o.fitted().stream().filter(which).findFirst().orElseThrow().value();
    }
}
