package org.feedgym.simulator.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.metrics.Estimate;
import org.feedgym.simulator.metrics.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An intervention is compared with the same ranker without it: a wrapped ranker that learns is the
 * same training run as the bare one (so an intervention that changes nothing gives the bare
 * ranker's episodes exactly), and the summary holds the paired differences against it, overall,
 * per persona and across training runs.
 */
class InterventionVersusRankerTest {

    private static final String CONFIG = """
            {
              "name": "versus-ranker",
              "seed": 5,
              "world": {
                "catalog": {"items": 300, "topics": 6, "harmfulTopics": 2, "dimensions": 8},
                "users": {"personas": {"adult": 0.5, "teen-vulnerable": 0.5}},
                "candidates": {"k": 6, "popularPool": 40},
                "episode": {"maxSteps": 40}
              },
              "evaluation": {"users": 40, "replicates": 3},
              "agents": [
                {"type": "random"},
                {"type": "greedy-engagement"},
                {"type": "harm-filter", "recall": 1.0, "falsePositiveRate": 0.0, "agent": {"type": "greedy-engagement"}},
                {"type": "dqn", "trainingSteps": 300},
                {"type": "diversify", "diversityWeight": 0.0, "agent": {"type": "dqn", "trainingSteps": 300}},
                {"type": "harm-filter", "recall": 1.0, "falsePositiveRate": 0.0, "agent": {"type": "dqn", "trainingSteps": 300}}
              ]
            }
            """;

    private static Summary run(Path out) throws Exception {
        ConfigLoader loader = new ConfigLoader(AgentRegistry.builtIn());
        LoadedConfig loaded = loader.parse("versus-ranker.json", CONFIG);
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        return new RunService(AgentRegistry.builtIn(), loader.mapper(), clock).run(loaded, out, 2).summary();
    }

    private static List<String> episodesOf(Path csv, String agent) throws Exception {
        return Files.readAllLines(csv).stream().filter(l -> l.startsWith(agent + ","))
                .map(l -> l.substring(agent.length())).collect(Collectors.toList());
    }

    @Test
    void aWrappedLearnerIsTheBareLearnersTrainingRunAndIsComparedWithIt(@TempDir Path dir) throws Exception {
        Summary summary = run(dir);
        List<String> bare = episodesOf(dir.resolve("episodes.csv"), "dqn");
        List<String> unchanged = episodesOf(dir.resolve("episodes.csv"), "diversify(dqn)");
        assertEquals(120, bare.size());
        assertEquals(bare, unchanged, "diversityWeight 0 around the same training run changes nothing");

        Summary.RankerComparison same = summary.agent("diversify(dqn)").orElseThrow().versusRanker();
        assertEquals("dqn", same.ranker());
        Estimate zero = same.paired().get("return");
        assertEquals(0.0, zero.mean(), 0.0);
        assertEquals(3, same.runLevel().get("return").n(), "one difference per training run");

        Summary.RankerComparison filtered = summary.agent("harm-filter(dqn)").orElseThrow().versusRanker();
        assertTrue(filtered.paired().get("harmfulShareItems").mean() <= 0, "a perfect filter cannot add harm");

        Summary.RankerComparison greedy = summary.agent("harm-filter(greedy-engagement)").orElseThrow().versusRanker();
        assertEquals("greedy-engagement", greedy.ranker());
        assertNull(greedy.runLevel(), "greedy-engagement does not learn");
        Estimate vulnerable = greedy.byPersona().get("teen-vulnerable").get("harmfulShareItems");
        assertNotNull(vulnerable);
        assertTrue(vulnerable.ci95High() < 0, "a perfect filter lowers vulnerable users' harmful share: " + vulnerable);

        assertNull(summary.agent("dqn").orElseThrow().versusRanker(), "a bare ranker has no ranker to be compared with");
        assertNull(summary.agent("random").orElseThrow().versusRanker());
    }
}
