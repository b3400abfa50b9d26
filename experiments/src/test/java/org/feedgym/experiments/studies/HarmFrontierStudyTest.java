package org.feedgym.experiments.studies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.feedgym.experiments.StudyRuns;
import org.feedgym.simulator.metrics.Estimate;
import org.feedgym.simulator.metrics.MetricRegistry;
import org.feedgym.simulator.sweep.SweepSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.AssertionFailedError;

/**
 * The harm-penalty frontier ({@code experiments/studies/harm-frontier/frontier.json}, 250 users
 * instead of 400): for every agent that sees the penalty, harmful exposure must not rise as λ
 * rises (tolerance: one percentage point between neighbouring λ, for sampling noise) and must be
 * clearly lower at the largest λ than at λ = 0; the harm-blind engagement maximiser is unmoved.
 * The requirement is one assertion ({@link #harmDoesNotRiseWithThePenalty}); a negative control
 * shows it rejects a frontier whose harm rises with λ. No magnitude is published; the oracle's
 * near-zero exposure at the largest λ is asserted with a stated band.
 */
@Tag("study")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HarmFrontierStudyTest {

    private static final double TOLERANCE = 0.01;
    private SweepSummary summary;

    @BeforeAll
    void run(@TempDir Path dir) throws Exception {
        summary = StudyRuns.sweep("studies/harm-frontier/frontier.json",
                tree -> {
                    tree.with("evaluation").put("users", 250);
                    com.fasterxml.jackson.databind.node.ArrayNode grid = tree.with("sweep").with("grid")
                            .putArray("world.reward.harmPenalty");
                    grid.add(0.0).add(0.1).add(1.0);
                }, dir.resolve("frontier"));
    }

    /** The agent's harmful share of items in every trial, in sweep order. */
    private List<Estimate> across(String agent) {
        List<Estimate> harm = new ArrayList<>();
        for (SweepSummary.Trial trial : summary.trials()) {
            harm.add(StudyRuns.agent(trial.agents(), agent).metric(MetricRegistry.HARMFUL_SHARE_ITEMS).orElseThrow());
        }
        return harm;
    }

    /**
     * The frontier's requirement as one assertion over an agent's harmful shares in increasing λ
     * order, so the shipped agents and the negative control go through the same code: no rise of
     * more than {@link #TOLERANCE} between neighbouring λ, and the largest λ's CI below λ = 0's.
     */
    static void harmDoesNotRiseWithThePenalty(String agent, List<Estimate> byLambda) {
        for (int i = 1; i < byLambda.size(); i++) {
            double before = byLambda.get(i - 1).mean();
            double after = byLambda.get(i).mean();
            assertTrue(after <= before + TOLERANCE, agent + ": λ step " + i + " raised harm " + before + " -> " + after);
        }
        assertTrue(byLambda.get(byLambda.size() - 1).ci95High() < byLambda.get(0).ci95Low(),
                agent + ": largest λ not clearly below λ = 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"oracle", "linucb", "dqn"})
    void harmfulExposureDoesNotRiseWithThePenalty(String agent) {
        harmDoesNotRiseWithThePenalty(agent, across(agent));
    }

    @Test
    void theCheckRejectsAFrontierWhoseHarmRisesWithThePenalty() {
        // The oracle's figures in decreasing λ order: what a sign error in the penalty would produce.
        List<Estimate> reversed = new ArrayList<>(across("oracle"));
        Collections.reverse(reversed);
        assertThrows(AssertionFailedError.class, () -> harmDoesNotRiseWithThePenalty("oracle reversed", reversed));
    }

    @Test
    void theCheckRejectsASimulatedFrontierThePenaltyDoesNotMove() {
        // A frontier the simulator produced, not a rearranged one: the harm-blind maximiser ignores
        // the penalty (as an agent would whose penalty never reached its scores), and the check
        // must say its harm is not clearly lower at the largest λ.
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> harmDoesNotRiseWithThePenalty("greedy-engagement", across("greedy-engagement")));
        assertTrue(e.getMessage().contains("largest λ not clearly below λ = 0"), e.getMessage());
    }

    @Test
    void theHarmAwareOraclesHarmfulExposureIsNearZeroAtTheLargestPenalty() {
        // README: ≈ 0 from λ = 0.2 on (0.000 at 400 users), not "none"; the band allows 0.5% of items.
        ORACLE_AT_LARGEST.check(across("oracle").get(summary.trials().size() - 1).mean());
    }

    /** The oracle's harmful share at λ = 1: ≈ 0. */
    static final Band ORACLE_AT_LARGEST = new Band("oracle harmful share at λ = 1", 0.0, 0.005,
            "a myopic harm-aware oracle avoids harm once the penalty outweighs its engagement");

    @ParameterizedTest
    @ValueSource(strings = {"greedy-engagement"})
    void theHarmBlindMaximiserIsUnmovedByThePenalty(String agent) {
        List<Estimate> m = across(agent);
        for (Estimate x : m) {
            assertEquals(m.get(0).mean(), x.mean());
        }
    }
}
