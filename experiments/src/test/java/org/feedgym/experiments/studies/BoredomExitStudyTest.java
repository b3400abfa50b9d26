package org.feedgym.experiments.studies;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.feedgym.env.world.World;
import org.feedgym.experiments.StudyData;
import org.feedgym.experiments.StudyRuns;
import org.feedgym.simulator.metrics.Summary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * Boredom and exit (Gao et al., CIRS, KuaiEnv setup), shipped as
 * {@code experiments/studies/boredom-exit/kuaienv.json} on KuaiRec's categories, run here with
 * 200 users instead of 500 ({@link BoredomExitCheck} states the bands). Needs {@code shared/data}:
 * skipped without it, failed without it under {@code CI=true}.
 */
@Tag("study")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoredomExitStudyTest {

    private static final String CONFIG = "studies/boredom-exit/kuaienv.json";
    /** The item-level policies' lengths at this size and seed, against CIRS's 2.0 (UCB) and 2.3 (ε-greedy). */
    private static final List<KnownGap> GAPS = List.of(
            new KnownGap("user-ucb mean session length", 2.0, 2.60, 0.3,
                    "each user's model starts empty (CIRS pretrains on KuaiRec's big matrix), so the first pick is blind"),
            new KnownGap("user-epsilon-greedy mean session length", 2.3, 2.85, 0.3,
                    "each user's model starts empty (CIRS pretrains on KuaiRec's big matrix), so the first pick is blind"));

    private Summary summary;
    private double[] shares;
    private int k;
    private int maxSteps;

    @BeforeAll
    void run(@TempDir Path dir) throws Exception {
        StudyData.require("the boredom-exit study check");
        World world = StudyRuns.world(CONFIG);
        shares = CategoryExit.shares(world.catalog());
        k = world.candidateCount();
        maxSteps = 100;
        summary = StudyRuns.run(CONFIG, tree -> tree.with("evaluation").put("users", 200), dir.resolve("exit"));
        System.out.printf("boredom exit (200 users): q = %.4f, random predicted %.2f, measured %.2f; perfect topic"
                        + " repeater %.2f; user-ucb %.2f, user-epsilon-greedy %.2f, dqn %.2f%n",
                CategoryExit.repeatChance(shares), CategoryExit.randomLength(shares, maxSteps),
                BoredomExitCheck.length(summary, "random"), CategoryExit.repeaterLength(shares, k),
                BoredomExitCheck.length(summary, "user-ucb"), BoredomExitCheck.length(summary, "user-epsilon-greedy"),
                BoredomExitCheck.length(summary, "dqn"));
    }

    @Test
    void theShippedRunMatchesThePublishedShape() {
        BoredomExitCheck.SHIPPED.check(summary, shares, k, maxSteps);
    }

    @Test
    void theCheckRejectsAPolicyThatIgnoresTheExitRuleAsTheLearnedOne() {
        // The myopic engagement maximiser never models the exit rule (≈ 20 items): it must not pass as learned.
        BoredomExitCheck broken = new BoredomExitCheck("random", BoredomExitCheck.SHIPPED.itemLevel(),
                "greedy-engagement");
        assertThrows(AssertionFailedError.class, () -> broken.check(summary, shares, k, maxSteps));
    }

    @Test
    void theCheckRejectsAPopulationLevelBanditAsAnItemLevelOne() {
        // UCB1 over topic arms cycles through topics (≈ 40 items): not CIRS's user-conditioned UCB.
        BoredomExitCheck broken = new BoredomExitCheck("random", List.of("topic-ucb1"), "dqn");
        assertThrows(AssertionFailedError.class, () -> broken.check(summary, shares, k, maxSteps));
    }

    @Test
    void theItemLevelPoliciesKnownGapsToCirsHold() {
        GAPS.get(0).check(BoredomExitCheck.length(summary, "user-ucb"));
        GAPS.get(1).check(BoredomExitCheck.length(summary, "user-epsilon-greedy"));
    }
}
