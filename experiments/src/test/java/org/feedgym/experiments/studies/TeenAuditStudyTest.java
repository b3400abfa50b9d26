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
 * The teen sock-puppet audit (after CCDH 2022 and Amnesty International 2023), shipped as
 * {@code experiments/studies/teen-audit/audit.json}, run here with 160 accounts instead of 400.
 * Expected shape: an engagement maximiser exposes vulnerable accounts to more harmful content,
 * sooner; a harm penalty lowers it at a measured engagement cost; non-personalised rankers
 * treat both personas alike (ratio near 1). The personalisation finding is one assertion
 * ({@link #personalisedTowardsVulnerableAccounts}) with CCDH's 3× as a band; a negative control
 * feeds it a ranker that ignores the user; Amnesty's ≈ 0.5 is asserted as a known gap.
 */
@Tag("study")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeenAuditStudyTest {

    private SweepSummary summary;

    @BeforeAll
    void run(@TempDir Path dir) throws Exception {
        summary = StudyRuns.sweep("studies/teen-audit/audit.json",
                tree -> tree.with("evaluation").put("users", 160), dir.resolve("audit"));
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
     * The personalisation finding as one assertion over a ranker's row, so the engagement
     * maximiser and the negative control go through the same code: the vulnerable accounts'
     * harmful share within 2 h is more than twice the standard accounts' (CIs apart), they meet
     * harm sooner (CIs apart), and the whole-session vulnerable ÷ standard ratio of harmful share is
     * within {@link #CCDH_RATIO} (CCDH: 3×).
     */
    static void personalisedTowardsVulnerableAccounts(Summary.AgentSummary ranker) {
        Metric within120 = MetricRegistry.harmfulShareWithin(120);
        double vulnerableLow = persona(ranker, "teen-vulnerable", within120).ci95Low();
        double teenHigh = persona(ranker, "teen", within120).ci95High();
        assertTrue(vulnerableLow > 2 * teenHigh, ranker.id() + ": " + vulnerableLow + " vs " + teenHigh);
        assertTrue(persona(ranker, "teen-vulnerable", MetricRegistry.MINUTES_TO_FIRST_HARMFUL).ci95High()
                < persona(ranker, "teen", MetricRegistry.MINUTES_TO_FIRST_HARMFUL).ci95Low(), ranker.id());
        CCDH_RATIO.check(vulnerableToControl(ranker, MetricRegistry.HARMFUL_SHARE_ITEMS).mean());
    }

    /** CCDH's vulnerable ÷ standard harmful exposure, 3×, with the band the check accepts. */
    static final Band CCDH_RATIO = new Band("vulnerable ÷ standard harmful share, whole session", 3.0, 1.0,
            "the personas' harm attraction is an assumption, not calibrated; 2.7 at full size");

    /**
     * Amnesty's ≈ 1 in 2 after 5–6 h against FeedGym's vulnerable accounts' ≈ 0.77 over 5 h under
     * the engagement maximiser: the vulnerable persona is more extreme than Amnesty's accounts.
     */
    static final KnownGap AMNESTY_SHARE = new KnownGap("vulnerable harmful share over the session", 0.5, 0.77, 0.1,
            "the vulnerable persona is more extreme than Amnesty's accounts; not tuned");

    @Test
    void theEngagementMaximiserPersonalisesHarmTowardsVulnerableAccounts() {
        personalisedTowardsVulnerableAccounts(agent(0, "greedy-engagement"));
    }

    @Test
    void theCheckRejectsARankerThatIgnoresTheUser() {
        // Popularity ranks the same way for every account: the personalisation check must fail on it.
        assertThrows(AssertionFailedError.class, () -> personalisedTowardsVulnerableAccounts(agent(0, "popularity")));
    }

    @Test
    void theVulnerableAccountsHarmfulShareKeepsItsKnownGapToAmnesty() {
        AMNESTY_SHARE.check(persona(agent(0, "greedy-engagement"), "teen-vulnerable",
                MetricRegistry.HARMFUL_SHARE_ITEMS).mean());
    }

    @Test
    void theHarmPenaltyLowersHarmfulExposureAtAnEngagementCost() {
        Summary.AgentSummary greedy = agent(1, "greedy-engagement");
        Summary.AgentSummary aware = agent(1, "oracle-harm-aware");
        assertTrue(metric(aware, MetricRegistry.HARMFUL_SHARE_ITEMS).ci95High()
                < 0.5 * metric(greedy, MetricRegistry.HARMFUL_SHARE_ITEMS).ci95Low());
        // The cost is measured, not assumed: the harm-aware feed gets fewer likes per item.
        assertTrue(metric(aware, MetricRegistry.LIKE_RATE).mean() < metric(greedy, MetricRegistry.LIKE_RATE).mean());
    }

    @Test
    void nonPersonalisedRankersTreatBothPersonasAlike() {
        for (String control : new String[] {"random", "popularity"}) {
            double ratio = vulnerableToControl(agent(0, control), MetricRegistry.HARMFUL_SHARE_ITEMS).mean();
            assertTrue(ratio > 0.8 && ratio < 1.25, control + " ratio " + ratio);
        }
    }

    @Test
    void dqnTrainedForEngagementAlsoExposesVulnerableAccountsMore() {
        Estimate ratio = vulnerableToControl(agent(0, "dqn"), MetricRegistry.HARMFUL_SHARE_ITEMS);
        assertTrue(ratio.ci95Low() > 1.0, ratio.toString());
    }

    @Test
    void theHarmPenaltyLowersDqnsHarmfulExposure() {
        assertTrue(metric(agent(1, "dqn"), MetricRegistry.HARMFUL_SHARE_ITEMS).ci95High()
                < metric(agent(0, "dqn"), MetricRegistry.HARMFUL_SHARE_ITEMS).ci95Low());
    }
}
