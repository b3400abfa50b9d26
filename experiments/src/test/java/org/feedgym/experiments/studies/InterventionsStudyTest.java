package org.feedgym.experiments.studies;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.feedgym.experiments.StudyRuns;
import org.feedgym.simulator.metrics.Estimate;
import org.feedgym.simulator.metrics.MetricRegistry;
import org.feedgym.simulator.metrics.Summary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.AssertionFailedError;

/**
 * The interventions study ({@code experiments/studies/interventions/session.json}) reduced to
 * fit CI: 150 users and 2 training runs, the untrained and log-trained rankers (greedy-engagement
 * and mf; DQN, whose training dominates the study's time, is left to the full run), plus two
 * interventions that change nothing (a harm filter of recall 0 and false-positive rate 0, a
 * diversifier of weight 0) as negative controls. Three shapes, each one assertion that the shipped
 * interventions and a negative control go through:
 * <ul>
 *   <li>{@code harm-filter} lowers the harmful share of vulnerable teens: the paired difference to
 *       the bare ranker among {@code teen-vulnerable} users has its 95% CI below 0;</li>
 *   <li>{@code non-personalised} (every user opted in) brings the vulnerable ÷ teen harmful-share
 *       ratio near 1: within 1 ± {@value #RATIO_TOLERANCE};</li>
 *   <li>{@code diversify} raises topic entropy: the paired difference has its 95% CI above 0.</li>
 * </ul>
 */
@Tag("study")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterventionsStudyTest {

    /** How far from 1 a feed that treats both personas alike may put the ratio (sampling noise at 150 users). */
    static final double RATIO_TOLERANCE = 0.15;

    private Summary summary;

    @BeforeAll
    void run(@TempDir Path dir) throws Exception {
        summary = StudyRuns.run("studies/interventions/session.json", tree -> {
            tree.with("evaluation").put("users", 150).put("replicates", 2);
            ArrayNode kept = tree.arrayNode();
            for (JsonNode agent : tree.withArray("agents")) {
                if (!core(agent).path("type").asText().equals("dqn")) {
                    kept.add(agent);
                }
            }
            ObjectNode greedy = tree.objectNode().put("type", "greedy-engagement");
            kept.addObject().put("type", "harm-filter").put("name", "harm-filter-off(greedy-engagement)")
                    .put("recall", 0.0).put("falsePositiveRate", 0.0).set("agent", greedy);
            kept.addObject().put("type", "diversify").put("name", "diversify-off(greedy-engagement)")
                    .put("diversityWeight", 0.0).set("agent", greedy.deepCopy());
            tree.set("agents", kept);
        }, dir.resolve("interventions"));
    }

    private static JsonNode core(JsonNode agent) {
        return agent.has("agent") ? core(agent.get("agent")) : agent;
    }

    private Summary.RankerComparison versus(String agent) {
        Summary.RankerComparison versus = StudyRuns.agent(summary.agents(), agent).versusRanker();
        assertNotNull(versus, agent + " is compared with its bare ranker");
        return versus;
    }

    /** Harm-filter's shape: vulnerable teens' harmful share falls, CI clear of 0. */
    static void lowersVulnerableHarm(String agent, Summary.RankerComparison versus) {
        Estimate d = versus.byPersona().get("teen-vulnerable").get(MetricRegistry.HARMFUL_SHARE_ITEMS.key());
        assertTrue(d.ci95High() < 0, agent + ": vulnerable teens' harmful share − " + versus.ranker() + "'s: " + d);
    }

    /** Non-personalised's shape: the vulnerable ÷ teen harmful-share ratio lies within 1 ± tolerance. */
    static void equalisesVulnerableAndTeen(String agent, Summary.AgentSummary summary) {
        Estimate ratio = summary.vulnerableToControl().ratios().get(MetricRegistry.HARMFUL_SHARE_ITEMS.key());
        assertTrue(Math.abs(ratio.mean() - 1) <= RATIO_TOLERANCE, agent + ": vulnerable ÷ teen harmful share "
                + ratio + ", not within 1 ± " + RATIO_TOLERANCE);
    }

    /** Diversify's shape: topic entropy rises, CI clear of 0. */
    static void raisesTopicEntropy(String agent, Summary.RankerComparison versus) {
        Estimate d = versus.paired().get(MetricRegistry.TOPIC_ENTROPY_BITS.key());
        assertTrue(d.ci95Low() > 0, agent + ": topic entropy − " + versus.ranker() + "'s: " + d);
    }

    @ParameterizedTest
    @ValueSource(strings = {"greedy-engagement", "mf"})
    void harmFilterLowersHarmForVulnerableTeens(String ranker) {
        String agent = "harm-filter(" + ranker + ")";
        lowersVulnerableHarm(agent, versus(agent));
    }

    // With every user opted in both stacks show the same popularity feed, so the two cases give
    // the same ratio; each still reads its own wrapper's summary.
    @ParameterizedTest
    @ValueSource(strings = {"greedy-engagement", "mf"})
    void nonPersonalisedBringsTheVulnerableToTeenRatioNearOne(String ranker) {
        String agent = "non-personalised(" + ranker + ")";
        equalisesVulnerableAndTeen(agent, StudyRuns.agent(summary.agents(), agent));
    }

    @ParameterizedTest
    @ValueSource(strings = {"greedy-engagement", "mf"})
    void diversifyRaisesTopicEntropy(String ranker) {
        String agent = "diversify(" + ranker + ")";
        raisesTopicEntropy(agent, versus(agent));
    }

    @Test
    void theChecksRejectInterventionsThatChangeNothingAndAPersonalisedFeed() {
        assertThrows(AssertionFailedError.class, () -> lowersVulnerableHarm("harm-filter-off(greedy-engagement)",
                versus("harm-filter-off(greedy-engagement)")));
        assertThrows(AssertionFailedError.class, () -> raisesTopicEntropy("diversify-off(greedy-engagement)",
                versus("diversify-off(greedy-engagement)")));
        // The bare engagement ranker serves vulnerable teens the harm they are drawn to.
        assertThrows(AssertionFailedError.class, () -> equalisesVulnerableAndTeen("greedy-engagement",
                StudyRuns.agent(summary.agents(), "greedy-engagement")));
    }
}
