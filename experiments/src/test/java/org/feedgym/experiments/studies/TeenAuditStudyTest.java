package org.feedgym.experiments.studies;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.feedgym.experiments.StudyRuns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The teen sock-puppet audit (after CCDH 2022 and Amnesty International 2023), shipped as
 * {@code experiments/studies/teen-audit/audit.json}, run here with 160 accounts instead of 400.
 * Expected shape: an engagement maximiser exposes vulnerable accounts to more harmful content,
 * sooner; a harm penalty lowers it at a measured engagement cost; non-personalised rankers
 * treat both personas alike (ratio near 1).
 */
@Tag("study")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeenAuditStudyTest {

    private JsonNode summary;

    @BeforeAll
    void run(@TempDir Path dir) throws Exception {
        summary = StudyRuns.run("studies/teen-audit/audit.json",
                tree -> tree.with("evaluation").put("users", 160), dir.resolve("audit"));
    }

    private JsonNode agent(int trial, String name) {
        for (JsonNode a : summary.at("/trials/" + trial + "/agents")) {
            if (a.get("id").asText().equals(name)) {
                return a;
            }
        }
        throw new AssertionError("no agent " + name + " in trial " + trial);
    }

    @Test
    void theEngagementMaximiserShowsVulnerableAccountsAtLeastTwiceTheHarmfulShare() {
        JsonNode greedy = agent(0, "greedy-engagement");
        double vulnerableLow = greedy.at("/byPersona/teen-vulnerable/harmfulShareWithin120Min/ci95Low").asDouble();
        double teenHigh = greedy.at("/byPersona/teen/harmfulShareWithin120Min/ci95High").asDouble();
        assertTrue(vulnerableLow > 2 * teenHigh, vulnerableLow + " vs " + teenHigh);
    }

    @Test
    void vulnerableAccountsMeetHarmfulContentSooner() {
        JsonNode greedy = agent(0, "greedy-engagement");
        assertTrue(greedy.at("/byPersona/teen-vulnerable/minutesToFirstHarmful/ci95High").asDouble()
                < greedy.at("/byPersona/teen/minutesToFirstHarmful/ci95Low").asDouble());
    }

    @Test
    void theHarmPenaltyLowersHarmfulExposureAtAnEngagementCost() {
        JsonNode greedy = agent(1, "greedy-engagement");
        JsonNode aware = agent(1, "oracle-harm-aware");
        assertTrue(aware.at("/metrics/harmfulShareItems/ci95High").asDouble()
                < 0.5 * greedy.at("/metrics/harmfulShareItems/ci95Low").asDouble());
        // The cost is measured, not assumed: the harm-aware feed gets fewer likes per item.
        assertTrue(aware.at("/metrics/likeRate/mean").asDouble() < greedy.at("/metrics/likeRate/mean").asDouble());
    }

    @Test
    void nonPersonalisedRankersTreatBothPersonasAlike() {
        for (String control : new String[] {"random", "popularity"}) {
            double ratio = agent(0, control).at("/vulnerableToControl/harmfulShareItems/mean").asDouble();
            assertTrue(ratio > 0.8 && ratio < 1.25, control + " ratio " + ratio);
        }
    }

    @Test
    void dqnTrainedForEngagementAlsoExposesVulnerableAccountsMore() {
        JsonNode dqn = agent(0, "dqn");
        assertTrue(dqn.at("/vulnerableToControl/harmfulShareItems/ci95Low").asDouble() > 1.0,
                dqn.at("/vulnerableToControl/harmfulShareItems").toString());
    }

    @Test
    void theHarmPenaltyLowersDqnsHarmfulExposure() {
        assertTrue(agent(1, "dqn").at("/metrics/harmfulShareItems/ci95High").asDouble()
                < agent(0, "dqn").at("/metrics/harmfulShareItems/ci95Low").asDouble());
    }
}
