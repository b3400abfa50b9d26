package org.feedgym.simulator.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.metrics.Estimate;
import org.feedgym.simulator.metrics.MetricRegistry;
import org.feedgym.simulator.metrics.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user-control metrics with and without {@code respect-not-interested}: how soon a marked
 * topic comes back, and whether a twin that rejects its topic escapes it.
 */
class RespectNotInterestedRunTest {

    private static final String CONFIG = """
            {
              "name": "respect",
              "seed": 42,
              "world": {
                "catalog": {"type": "synthetic", "items": 2000, "topics": 12, "harmfulTopics": 4, "dimensions": 16},
                "users": {"personas": {"adult": 0.5, "teen": 0.3, "teen-vulnerable": 0.2}},
                "candidates": {"k": 10},
                "reward": {"harmPenalty": 0.2},
                "episode": {"maxSteps": 120, "days": 0}
              },
              "evaluation": {"users": 200, "replicates": 1},
              "metrics": {"bep": {"startStep": 10, "steps": 30}},
              "agents": [{"type": "greedy-engagement"},
                         {"type": "respect-not-interested", "agent": {"type": "greedy-engagement"}}]
            }
            """;

    @Test
    void respectingTheMarkKeepsMarkedTopicsAwayAndLetsTheTwinEscape(@TempDir Path dir) throws Exception {
        ConfigLoader loader = new ConfigLoader(AgentRegistry.builtIn());
        LoadedConfig loaded = loader.parse("respect.json", CONFIG);
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        Summary summary = new RunService(AgentRegistry.builtIn(), loader.mapper(), clock).run(loaded, dir, 1).summary();
        Summary.AgentSummary plain = summary.agent("greedy-engagement").orElseThrow();
        Summary.AgentSummary respected = summary.agent("respect-not-interested(greedy-engagement)").orElseThrow();
        Estimate back = plain.metric(MetricRegistry.UNWANTED_RETURNED_SHARE).orElseThrow();
        Estimate kept = respected.metric(MetricRegistry.UNWANTED_RETURNED_SHARE).orElseThrow();
        assertTrue(back.mean() > 0.5, "greedy-engagement brings marked topics back: " + back);
        assertTrue(kept.ci95High() < back.ci95Low(), "respected " + kept + " vs plain " + back);
        Estimate deeper = plain.metric(MetricRegistry.BEP_SHARE_DROP).orElseThrow();
        Estimate escapes = respected.metric(MetricRegistry.BEP_SHARE_DROP).orElseThrow();
        assertTrue(escapes.ci95Low() > 0, "the twin leaves its topic: " + escapes);
        assertTrue(escapes.ci95Low() > deeper.ci95High(), escapes + " vs " + deeper);
    }
}
