package org.feedgym.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.cli.CliRun;
import org.feedgym.simulator.cli.FeedGymCli;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.metrics.Summary;
import org.feedgym.simulator.sweep.EngineOptions;
import org.feedgym.simulator.sweep.SweepRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine against the local thread pool: the same sweep gives the same files, a retried
 * task counts once, a killed sweep resumes. Spark runs as {@code local[2]} on loopback.
 */
class SparkSweepTest {

    private final ConfigLoader loader = new ConfigLoader(AgentRegistry.builtIn());

    private LoadedConfig sweep() throws Exception {
        return loader.parse("sweep.json", SweepDirectories.SWEEP);
    }

    private SweepRunner runner() {
        return new SweepRunner(AgentRegistry.builtIn(), loader, Clock.systemUTC());
    }

    private SweepRunner.Result onSpark(String master, TrialRun run, Path out) throws Exception {
        try (SparkTrialExecutor spark = SparkTrialExecutor.start(new EngineOptions(2, master), run)) {
            return runner().run(sweep(), out, spark, n -> { });
        }
    }

    @Test
    void theSameSweepOnSparkLocal2AndOnTheThreadPoolWritesTheSameFiles(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("sweep.json");
        Files.writeString(config, SweepDirectories.SWEEP);
        CliRun.Outcome local = CliRun.cli("sweep", config.toString(), "--out", dir.resolve("local").toString(), "--threads", "2", "-q");
        assertEquals(0, local.code(), local.err());
        CliRun.Outcome spark = CliRun.cli("sweep", config.toString(), "--out", dir.resolve("spark").toString(), "--engine", "spark",
                "--master", "local[2]", "-q");
        assertEquals(0, spark.code(), spark.err());

        assertArrayEquals(Files.readAllBytes(dir.resolve("local/summary.json")),
                Files.readAllBytes(dir.resolve("spark/summary.json")), "summary.json is byte-identical");
        SweepDirectories.assertSameSweep(dir.resolve("local"), dir.resolve("spark"), loader.mapper());
        String engine = loader.mapper().readTree(dir.resolve("spark/manifest.json").toFile()).path("engine").asText();
        assertTrue(engine.startsWith("spark local[2] (Spark 3.5."), engine);
    }

    @Test
    void aTaskThatFailsOnceIsRetriedAndItsTrialCountedOnce(@TempDir Path dir) throws Exception {
        Path attempts = Files.createDirectories(dir.resolve("attempts"));
        String attemptsDir = attempts.toString();
        // Attempt 0 of trial-001 runs the whole trial, then fails: its work must not be committed,
        // and Spark (local[2,2]: two attempts per task) must run it again.
        TrialRun failFirstAttempt = (spec, attempt) -> {
            Files.createFile(Path.of(attemptsDir, spec.id() + ".attempt-" + attempt));
            var record = spec.run();
            if (spec.id().equals("trial-001") && attempt == 0) {
                throw new IllegalStateException("injected failure after the trial ran");
            }
            return record;
        };
        SweepRunner.Result spark = onSpark("local[2,2]", failFirstAttempt, dir.resolve("spark"));
        SweepRunner.Result local = runner().run(sweep(), dir.resolve("local"), 2, n -> { });

        assertEquals(List.of(), List.copyOf(spark.failed().keySet()));
        assertEquals(List.of("trial-000.attempt-0", "trial-001.attempt-0", "trial-001.attempt-1",
                "trial-002.attempt-0", "trial-003.attempt-0", "trial-004.attempt-0", "trial-005.attempt-0"),
                SweepDirectories.files(attempts));
        try (Stream<Path> s = Files.list(dir.resolve("spark/trials"))) {
            assertEquals(SweepDirectories.TRIALS, s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "one directory per trial, no staging directory left");
        }
        assertEquals(6, spark.summary().trials().size());
        SweepDirectories.assertSameSweep(dir.resolve("local"), dir.resolve("spark"), loader.mapper());
    }

    @Test
    void aTrialThatFailsEveryAttemptIsRecordedAsFailedAndTheOthersFinish(@TempDir Path dir) throws Exception {
        TrialRun alwaysFails = (spec, attempt) -> {
            if (spec.id().equals("trial-004")) {
                throw new IllegalStateException("broken on attempt " + attempt);
            }
            return spec.run();
        };
        SweepRunner.Result r = onSpark("local[2,3]", alwaysFails, dir.resolve("s"));
        assertEquals("java.lang.IllegalStateException: broken on attempt 2", r.failed().get("trial-004"));
        assertEquals(1, r.failed().size());
        assertEquals(Summary.Status.FAILED, r.summary().trials().get(4).status());
        assertEquals(Summary.Status.OK, r.summary().trials().get(5).status());
        assertTrue(Files.notExists(dir.resolve("s/trials/trial-004")));
    }

    @Test
    void aSweepWhoseDriverDiedResumesOnSparkReusingFinishedTrials(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("s");
        runner().run(sweep(), out, 2, n -> { });
        byte[] complete = Files.readAllBytes(out.resolve("summary.json"));
        // The driver died after committing two trials: the others and the sweep summary are
        // missing, and a staging directory of a trial that was being committed is left behind.
        for (String id : SweepDirectories.TRIALS.subList(2, 6)) {
            delete(out.resolve("trials").resolve(id));
        }
        Files.createDirectories(out.resolve("trials/.trial-003.partial-123/"));
        Files.delete(out.resolve("summary.json"));
        long before = Files.getLastModifiedTime(out.resolve("trials/trial-000/summary.json")).toMillis();

        SweepRunner.Result resumed = onSpark("local[2]", TrialRun.PLAIN, out);
        assertEquals(2, resumed.reused());
        assertArrayEquals(complete, Files.readAllBytes(out.resolve("summary.json")));
        assertEquals(before, Files.getLastModifiedTime(out.resolve("trials/trial-000/summary.json")).toMillis());
        assertTrue(Files.notExists(out.resolve("trials/.trial-003.partial-123")));
    }

    private static void delete(Path p) throws Exception {
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
