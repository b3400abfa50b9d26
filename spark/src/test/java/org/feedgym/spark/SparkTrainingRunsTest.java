package org.feedgym.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.TestConfigs;
import org.feedgym.simulator.cli.CliRun;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.run.ExperimentRunner;
import org.feedgym.simulator.run.RunService;
import org.feedgym.simulator.run.TrainingRunCheckpoints;
import org.feedgym.simulator.run.TrainingRunExecutor;
import org.feedgym.simulator.sweep.EngineOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A single run's training runs as Spark tasks ({@code local[2]}, loopback): the same files as the
 * thread pool, and a run that stopped part-way resumes with either engine, computing only the
 * training runs not kept.
 */
class SparkTrainingRunsTest {

    /** random, item-knn and a short dqn, four training runs each. */
    private static final String CONFIG = TestConfigs.LEARNERS;
    private static final String[] FILES = {"summary.json", "episodes.csv", "training.csv", "timeseries.csv",
        "config.resolved.json"};

    private final ConfigLoader loader = new ConfigLoader(AgentRegistry.builtIn());

    private RunService service(ExperimentRunner.Progress progress) {
        return new RunService(AgentRegistry.builtIn(), loader.mapper(), Clock.systemUTC(), progress);
    }

    private LoadedConfig loaded() throws Exception {
        return loader.parse("learners.json", CONFIG);
    }

    private RunService.Result onSpark(TrainingRunCompute compute, Path out) throws Exception {
        return onSpark("local[2]", compute, out);
    }

    private RunService.Result onSpark(String master, TrainingRunCompute compute, Path out) throws Exception {
        try (SparkTrainingRunExecutor spark = SparkTrainingRunExecutor.start(new EngineOptions(2, master), compute)) {
            return service(ExperimentRunner.Progress.NONE).run(loaded(), out, 2, false, spark);
        }
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)),
                    f + " differs between " + expected.getFileName() + " and " + actual.getFileName());
        }
    }

    /**
     * Stops the run at {@code out} part-way: every training run of dqn from replicate 2 on fails
     * on Spark, the others (10 of 12) are kept.
     */
    private void stoppedPartWay(Path out) throws Exception {
        TrainingRunCompute failing = (spec, attempt) -> {
            if (spec.agentName().equals("dqn") && spec.replicate() >= 2) {
                throw new IllegalStateException("injected failure");
            }
            return spec.compute();
        };
        IOException e = assertThrows(TrainingRunExecutor.RunsFailed.class, () -> onSpark(failing, out));
        assertTrue(e.getMessage().startsWith("2 of 12 training run(s) failed on Spark"), e.getMessage());
        assertTrue(e.getMessage().contains("training run 3 of agent 'dqn': java.lang.IllegalStateException: injected"
                + " failure"), e.getMessage());
        assertFalse(Files.exists(out), "nothing is committed by a run that stopped");
        try (var files = Files.list(TrainingRunCheckpoints.directoryFor(out))) {
            assertEquals(10, files.filter(p -> p.toString().endsWith(".run")).count(), "the finished runs are kept");
        }
    }

    @Test
    void aRunOnSparkLocal2WritesTheSameFilesAsOnTheThreadPool(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("learners.json");
        Files.writeString(config, CONFIG);
        CliRun.Outcome local = CliRun.cli("run", config.toString(), "--out", dir.resolve("local").toString(),
                "--threads", "2", "-q");
        assertEquals(0, local.code(), local.err());
        CliRun.Outcome spark = CliRun.cli("run", config.toString(), "--out", dir.resolve("spark").toString(),
                "--engine", "spark", "--master", "local[2]", "-q");
        assertEquals(0, spark.code(), spark.err());
        assertTrue(spark.err().contains("computing 12 training run(s) on spark local[2]"), spark.err());

        assertSameFiles(dir.resolve("local"), dir.resolve("spark"));
        assertFalse(Files.exists(TrainingRunCheckpoints.directoryFor(dir.resolve("spark"))),
                "the kept runs are removed once the run directory is committed");
    }

    @Test
    void aTrainingRunWhoseTaskFailsOnceIsRetriedAndKeptOnce(@TempDir Path dir) throws Exception {
        service(ExperimentRunner.Progress.NONE).run(loaded(), dir.resolve("local"), 2);
        Path attempts = Files.createDirectories(dir.resolve("attempts"));
        String attemptsDir = attempts.toString();
        // Attempt 0 of dqn's run 1 computes the whole run, then fails: Spark (local[2,2]: two
        // attempts per task) runs it again, and only the second attempt's result reaches the driver.
        TrainingRunCompute failFirstAttempt = (spec, attempt) -> {
            Files.createFile(Path.of(attemptsDir, spec.agentName() + "#" + spec.replicate() + ".attempt-" + attempt));
            var result = spec.compute();
            if (spec.agentName().equals("dqn") && spec.replicate() == 1 && attempt == 0) {
                throw new IllegalStateException("injected failure after the run was computed");
            }
            return result;
        };
        Path out = dir.resolve("spark");
        onSpark("local[2,2]", failFirstAttempt, out);
        try (var files = Files.list(attempts)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(13, names.size(), names.toString());
            assertTrue(names.contains("dqn#1.attempt-0") && names.contains("dqn#1.attempt-1"), names.toString());
        }
        assertSameFiles(dir.resolve("local"), out);
    }

    @Test
    void aRunStoppedPartWayResumesOnSparkComputingOnlyTheRest(@TempDir Path dir) throws Exception {
        service(ExperimentRunner.Progress.NONE).run(loaded(), dir.resolve("local"), 2);
        Path out = dir.resolve("resumed");
        stoppedPartWay(out);

        Path computed = Files.createDirectories(dir.resolve("computed"));
        String computedDir = computed.toString();
        TrainingRunCompute counting = (spec, attempt) -> {
            Files.createFile(Path.of(computedDir, spec.agentName() + "#" + spec.replicate()));
            return spec.compute();
        };
        onSpark(counting, out);
        try (var files = Files.list(computed)) {
            assertEquals(Set.of("dqn#2", "dqn#3"), files.map(p -> p.getFileName().toString())
                    .collect(java.util.stream.Collectors.toSet()), "only the runs not kept are computed");
        }
        assertSameFiles(dir.resolve("local"), out);
    }

    @Test
    void aRunStoppedPartWayOnSparkResumesOnTheThreadPool(@TempDir Path dir) throws Exception {
        service(ExperimentRunner.Progress.NONE).run(loaded(), dir.resolve("local"), 2);
        Path out = dir.resolve("resumed");
        stoppedPartWay(out);

        Set<String> stepped = ConcurrentHashMap.newKeySet();
        service((agent, replicate, active, users) -> stepped.add(agent + "#" + replicate)).run(loaded(), out, 2);
        assertEquals(Set.of("dqn#2", "dqn#3"), stepped, "only the runs not kept are computed");
        assertSameFiles(dir.resolve("local"), out);
    }
}
