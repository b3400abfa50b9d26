package org.feedgym.simulator.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.TestConfigs;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.metrics.MetricRegistry;
import org.feedgym.simulator.metrics.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replicates are training runs: an agent that learns is trained afresh per replicate, its
 * replicates run in parallel on the pool, and every output is byte-identical whatever the thread
 * count.
 */
class TrainingRunsTest {

    private static RunService.Result run(Path out, int threads) throws Exception {
        ConfigLoader loader = new ConfigLoader(AgentRegistry.builtIn());
        LoadedConfig loaded = loader.parse("runs.json", TestConfigs.LEARNERS);
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        return new RunService(AgentRegistry.builtIn(), loader.mapper(), clock).run(loaded, out, threads);
    }

    @Test
    void theOutputsOfParallelTrainingRunsAreByteIdenticalWhateverTheThreadCount(@TempDir Path dir) throws Exception {
        run(dir.resolve("one"), 1);
        run(dir.resolve("three"), 3);
        for (String file : new String[] {"summary.json", "episodes.csv", "training.csv", "timeseries.csv"}) {
            assertEquals(Files.readString(dir.resolve("one").resolve(file)),
                    Files.readString(dir.resolve("three").resolve(file)), file);
        }
    }

    @Test
    void agentsThatLearnGetRunLevelFiguresAndAProbabilityOfImprovement(@TempDir Path dir) throws Exception {
        Summary summary = run(dir.resolve("run"), 2).summary();
        Summary.AgentSummary random = summary.agent("random").orElseThrow();
        Summary.AgentSummary dqn = summary.agent("dqn").orElseThrow();
        assertEquals("t", summary.runInterval());
        assertFalse(random.learner());
        assertTrue(dqn.learner());
        assertTrue(summary.agent("item-knn").orElseThrow().learner());
        assertEquals(4, dqn.runLevel(MetricRegistry.RETURN).orElseThrow().n(), "one observation per training run");
        assertEquals(4, random.runLevel(MetricRegistry.RETURN).orElseThrow().n());
        assertEquals(4, dqn.runMeans(MetricRegistry.RETURN).orElseThrow().size());
        assertNotNull(dqn.iqm().get("return"));
        assertEquals("random", dqn.probabilityOfImprovement().baseline());
        double p = dqn.probabilityOfImprovement(MetricRegistry.RETURN).orElseThrow().mean();
        assertTrue(p >= 0 && p <= 1, "P(dqn > random) = " + p);
        assertEquals(4, dqn.runLevelDifference().differences().get("return").n());
        assertNull(random.probabilityOfImprovement(), "the baseline and agents that do not learn have none");
        // The run-level mean is the mean of the run means.
        double mean = dqn.runMeans(MetricRegistry.RETURN).orElseThrow().stream().mapToDouble(Double::doubleValue)
                .average().orElseThrow();
        assertEquals(mean, dqn.runLevel(MetricRegistry.RETURN).orElseThrow().mean(), 1e-9);
        // The replicate column of episodes.csv is the training-run index.
        try (var lines = Files.lines(dir.resolve("run").resolve("episodes.csv"))) {
            assertTrue(lines.skip(1).filter(l -> l.startsWith("dqn,")).map(l -> l.split(",")[1]).distinct().count() <= 4);
        }
    }

    @Test
    void theClusterBootstrapIsAConfigOption(@TempDir Path dir) throws Exception {
        ConfigLoader loader = new ConfigLoader(AgentRegistry.builtIn());
        LoadedConfig loaded = loader.parse("runs.json", TestConfigs.LEARNERS.replace("\"agents\"",
                "\"comparison\": {\"runInterval\": \"cluster-bootstrap\"}, \"agents\""));
        Summary summary = new RunService(AgentRegistry.builtIn(), new ObjectMapper(), Clock.systemUTC())
                .run(loaded, dir.resolve("run"), 2).summary();
        assertEquals("cluster-bootstrap", summary.runInterval());
        assertEquals(4, summary.agent("dqn").orElseThrow().runLevel(MetricRegistry.RETURN).orElseThrow().n());
    }
}
