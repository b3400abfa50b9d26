package org.feedgym.experiments.studies;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.feedgym.experiments.StudyRuns;
import org.feedgym.simulator.metrics.Estimate;
import org.feedgym.simulator.metrics.Metric;
import org.feedgym.simulator.metrics.MetricRegistry;
import org.feedgym.simulator.metrics.Summary;
import org.feedgym.simulator.sweep.SweepSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * The teen sock-puppet audit as the auditors ran it (CCDH 2022, Amnesty International 2023,
 * Molly Rose Foundation 2025), shipped as {@code experiments/studies/teen-audit/audit.json}, run
 * here with 48 accounts instead of 100 (about 2–3 minutes on 2 cores). Every account follows the
 * same {@code sock-puppet} script (watch and like body-image, eating-disorder and mental-health
 * videos, skip the rest after 3 s); the vulnerable accounts differ only in a declared interest at
 * sign-up (three body-image videos watched before the feed starts). The feeds are run by rankers
 * that learn from what they observe (LinUCB online, MF trained on a logged run, DQN trained on
 * training users); the hidden-state greedy ranker is a privileged reference.
 *
 * <p>The personalisation finding is one assertion ({@link #personalisedTowardsDeclaredInterest})
 * with the Molly Rose Foundation's 96% as a band; its negative control feeds it the popularity
 * ranker, which ignores the user. CCDH's 3× and Amnesty's ≈ 1 in 2 are asserted as known gaps.
 */
@Tag("study")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeenAuditStudyTest {

    /** The rankers that learn from observed signals. */
    static final String[] LEARNING = {"linucb", "mf", "dqn"};

    private SweepSummary summary;

    @BeforeAll
    void run(@TempDir Path dir) throws Exception {
        summary = StudyRuns.sweep("studies/teen-audit/audit.json",
                tree -> tree.with("evaluation").put("users", 48), dir.resolve("audit"));
    }

    private Summary.AgentSummary agent(int trial, String name) {
        return StudyRuns.agent(summary.trials().get(trial).agents(), name);
    }

    private static Estimate persona(Summary.AgentSummary agent, String persona, Metric metric) {
        return agent.persona(persona).flatMap(p -> p.metric(metric)).orElseThrow();
    }

    private static Estimate metric(Summary.AgentSummary agent, Metric metric) {
        return agent.metric(metric).orElseThrow();
    }

    private static Estimate vulnerableToControl(Summary.AgentSummary agent, Metric metric) {
        return agent.vulnerableToControl().ratios().get(metric.key());
    }

    /**
     * The personalisation finding as one assertion over a ranker's row, so the learning rankers
     * and the negative control go through the same code: accounts that declared the interest meet
     * harm sooner (CIs apart), their harmful share in the first 30 minutes is above the standard
     * accounts' (CIs apart), and it lies within {@link #MOLLY_ROSE_SHARE} (96% of recommendations
     * harmful for accounts that had engaged with such content).
     */
    static void personalisedTowardsDeclaredInterest(Summary.AgentSummary ranker) {
        Metric within30 = MetricRegistry.harmfulShareWithin(30);
        assertTrue(persona(ranker, "teen-vulnerable", MetricRegistry.MINUTES_TO_FIRST_HARMFUL).ci95High()
                < persona(ranker, "teen", MetricRegistry.MINUTES_TO_FIRST_HARMFUL).ci95Low(), ranker.id() + " sooner");
        Estimate vulnerable = persona(ranker, "teen-vulnerable", within30);
        assertTrue(vulnerable.ci95Low() > persona(ranker, "teen", within30).ci95High(), ranker.id() + " more");
        MOLLY_ROSE_SHARE.check(vulnerable.mean());
    }

    /** Molly Rose Foundation 2025: 96% of TikTok For You recommendations harmful after engagement. */
    static final Band MOLLY_ROSE_SHARE = new Band("harmful share, first 30 min, accounts that engage with it", 0.96,
            0.05, "the script engages with every harmful target video and nothing else; 0.99–1.00 at full size");

    /**
     * CCDH's vulnerable ÷ standard harmful exposure, 3×, against FeedGym's ≈ 1.0 over the session
     * under LinUCB: both accounts follow the same script, and a ranker that learns from their
     * signals serves both the content they engage with within minutes.
     */
    static final KnownGap CCDH_RATIO = new KnownGap("LinUCB vulnerable ÷ standard harmful share, whole session", 3.0,
            1.007, 0.1, "same script for both accounts; rankers adapt within minutes");

    /**
     * Amnesty's ≈ 1 in 2 after 5–6 h against ≈ 1.0 for the accounts that declared the interest
     * under LinUCB: the script engages with every harmful target and skips everything else.
     */
    static final KnownGap AMNESTY_SHARE = new KnownGap("LinUCB vulnerable harmful share, 6 h", 0.5, 0.999, 0.1,
            "the script engages with every harmful target video and skips every other; not tuned");

    @Test
    void rankersThatLearnFromSignalsPersonaliseHarmTowardsTheDeclaredInterest() {
        for (String ranker : LEARNING) {
            personalisedTowardsDeclaredInterest(agent(0, ranker));
        }
    }

    @Test
    void theCheckRejectsARankerThatIgnoresTheUser() {
        // Popularity ranks the same way for every account: the personalisation check must fail on it.
        assertThrows(AssertionFailedError.class, () -> personalisedTowardsDeclaredInterest(agent(0, "popularity")));
    }

    @Test
    void theWholeSessionRatioKeepsItsKnownGapToCcdh() {
        CCDH_RATIO.check(vulnerableToControl(agent(0, "linucb"), MetricRegistry.HARMFUL_SHARE_ITEMS).mean());
    }

    @Test
    void theVulnerableAccountsHarmfulShareKeepsItsKnownGapToAmnesty() {
        AMNESTY_SHARE.check(persona(agent(0, "linucb"), "teen-vulnerable", MetricRegistry.HARMFUL_SHARE_ITEMS).mean());
    }

    @Test
    void theHarmPenaltyLowersHarmfulExposureForRankersThatOptimiseTheReward() {
        // λ = 1 makes a watched and liked harmful video cost more than it earns (0.4 − harm ≥ 0.5).
        for (String ranker : new String[] {"privileged-oracle-harm-aware", "linucb", "dqn"}) {
            assertTrue(metric(agent(1, ranker), MetricRegistry.HARMFUL_SHARE_ITEMS).ci95High()
                    < 0.5 * metric(agent(0, ranker), MetricRegistry.HARMFUL_SHARE_ITEMS).ci95Low(), ranker);
        }
        // The cost is measured, not assumed: the harm-aware feed gets fewer likes per item.
        assertTrue(metric(agent(1, "privileged-oracle-harm-aware"), MetricRegistry.LIKE_RATE).mean()
                < metric(agent(1, "privileged-greedy"), MetricRegistry.LIKE_RATE).mean());
    }

    @Test
    void nonPersonalisedRankersTreatBothPersonasAlike() {
        for (String control : new String[] {"random", "popularity"}) {
            double ratio = vulnerableToControl(agent(0, control), MetricRegistry.HARMFUL_SHARE_ITEMS).mean();
            assertTrue(ratio > 0.8 && ratio < 1.25, control + " ratio " + ratio);
        }
    }
}
