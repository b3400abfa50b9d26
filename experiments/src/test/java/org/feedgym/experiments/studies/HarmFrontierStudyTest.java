package org.feedgym.experiments.studies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.feedgym.experiments.StudyRuns;
import org.feedgym.simulator.metrics.Estimate;
import org.feedgym.simulator.metrics.MetricRegistry;
import org.feedgym.simulator.sweep.SweepSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The harm-penalty frontier ({@code experiments/studies/harm-frontier/frontier.json}, 250 users
 * instead of 400): for every agent that sees the penalty, harmful exposure must not rise as λ
 * rises (tolerance: one percentage point between neighbouring λ, for sampling noise) and must be
 * clearly lower at the largest λ than at λ = 0; the harm-blind engagement maximiser is unmoved.
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

    @ParameterizedTest
    @ValueSource(strings = {"oracle", "linucb", "dqn"})
    void harmfulExposureDoesNotRiseWithThePenalty(String agent) {
        List<Estimate> m = across(agent);
        for (int i = 1; i < m.size(); i++) {
            double before = m.get(i - 1).mean();
            double after = m.get(i).mean();
            assertTrue(after <= before + TOLERANCE, agent + ": λ step " + i + " raised harm " + before + " -> " + after);
        }
        assertTrue(m.get(m.size() - 1).ci95High() < m.get(0).ci95Low(), agent + ": largest λ not clearly below λ = 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"greedy-engagement"})
    void theHarmBlindMaximiserIsUnmovedByThePenalty(String agent) {
        List<Estimate> m = across(agent);
        for (Estimate x : m) {
            assertEquals(m.get(0).mean(), x.mean());
        }
    }
}
