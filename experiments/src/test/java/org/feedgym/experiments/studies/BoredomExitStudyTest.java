package org.feedgym.experiments.studies;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.feedgym.env.data.DataPaths;
import org.feedgym.experiments.StudyRuns;
import org.feedgym.simulator.metrics.Estimate;
import org.feedgym.simulator.metrics.MetricRegistry;
import org.feedgym.simulator.metrics.Summary;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boredom and exit (Gao et al., CIRS, KuaiEnv setup), shipped as
 * {@code experiments/studies/boredom-exit/kuaienv.json} on KuaiRec's categories, run here with
 * 200 users instead of 500. Expected shape: a greedy bandit ends sessions within a few steps and
 * sooner than random; a policy that learns the exit rule (DQN) lasts longer than both.
 * Skipped, with the reason, where the KuaiRec data is absent.
 */
@Tag("study")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoredomExitStudyTest {

    private Summary summary;

    @BeforeAll
    void run(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(DataPaths.root().isPresent(),
                "shared/data not found (set -Dfeedgym.data or FEEDGYM_DATA): KuaiRec study skipped");
        summary = StudyRuns.run("studies/boredom-exit/kuaienv.json",
                tree -> tree.with("evaluation").put("users", 200), dir.resolve("exit"));
    }

    private Estimate length(String agent) {
        return StudyRuns.agent(summary.agents(), agent).metric(MetricRegistry.SESSION_STEPS).orElseThrow();
    }

    @Test
    void theGreedyBanditEndsSessionsWithinAFewStepsAndSoonerThanRandom() {
        assertTrue(length("epsilon-greedy").mean() < 10, length("epsilon-greedy").toString());
        assertTrue(length("epsilon-greedy").ci95High() < length("random").ci95Low());
    }

    @Test
    void aPolicyThatLearnsTheExitRuleLastsLongerThanRandomAndTheGreedyBandit() {
        double dqnLow = length("dqn").ci95Low();
        assertTrue(dqnLow > length("random").ci95High(), length("dqn") + " vs " + length("random"));
        assertTrue(dqnLow > length("epsilon-greedy").ci95High());
    }
}
