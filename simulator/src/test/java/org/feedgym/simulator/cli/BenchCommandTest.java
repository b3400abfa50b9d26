package org.feedgym.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.feedgym.env.world.CandidatesConfig;
import org.feedgym.env.world.CatalogConfig;
import org.feedgym.env.world.EpisodeConfig;
import org.feedgym.env.world.WorldConfig;
import org.feedgym.simulator.calibration.CalibrationFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code feedgym bench}'s arguments: every bad value exits 2 with one line naming the option, its
 * rule and the value given; an option the chosen benchmark does not read is refused; {@code --threads}
 * above ForkJoinPool's limit is refused by every command that takes it.
 */
class BenchCommandTest {

    /** Asserts exit 2, exactly {@code expected} (one line) on stderr, nothing on stdout. */
    private static void refused(String expected, String... args) {
        CliRun.Outcome o = CliRun.cli(args);
        String call = String.join(" ", args);
        assertEquals(2, o.code(), call + ": " + o.err());
        assertEquals(expected, o.err().strip(), call);
        assertFalse(o.err().contains("\tat "), call + ": " + o.err());
        assertFalse(o.err().strip().contains("\n"), call + ": one line: " + o.err());
        assertEquals("", o.out(), call);
    }

    private static final String CANDIDATES_WHY = "(the world's K is at most 500, and at most --items - 20 = %d:"
            + " a user's 20 remembered items are not offered), got %d";

    @Test
    void envChecksCandidatesAgainstTheWorldsLimitAsWellAsTheCatalog() {
        refused("error: --candidates must be in [2, 500] " + CANDIDATES_WHY.formatted(980, 501),
                "bench", "env", "--candidates", "501", "--items", "1000", "--users", "10");
        refused("error: --candidates must be in [2, 500] " + CANDIDATES_WHY.formatted(199_980, 100_000),
                "bench", "env", "--candidates", "100000", "--items", "200000");
        refused("error: --candidates must be in [2, 10] " + CANDIDATES_WHY.formatted(10, 100),
                "bench", "env", "--items", "30");
        refused("error: --candidates must be in [2, 500] " + CANDIDATES_WHY.formatted(9980, 1),
                "bench", "env", "--candidates", "1");
    }

    @Test
    void envNamesTheOneOptionThatFailedAndItsValue() {
        refused("error: --users must be >= 1, got 0", "bench", "env", "--users", "0");
        refused("error: --users must be >= 1, got -5", "bench", "env", "--users", "-5");
        String items = "error: --items must be in [22, 2000000] (room for 2 candidates besides a user's 20"
                + " remembered items, up to the world's largest catalog), got ";
        refused(items + "3", "bench", "env", "--items", "3");
        refused(items + "0", "bench", "env", "--items", "0");
        refused(items + "2000001", "bench", "env", "--items", "2000001");
        refused("error: --dimensions must be in [2, 512] (the world's embedding dimensions), got 0",
                "bench", "env", "--dimensions", "0");
        refused("error: --dimensions must be in [2, 512] (the world's embedding dimensions), got 513",
                "bench", "env", "--dimensions", "513");
        refused("error: --passes must be >= 1, got 0", "bench", "env", "--passes", "0");
        refused("error: --threads must be in [1, 32767], got 0", "bench", "env", "--threads", "0");
        refused("error: --threads must be in [1, 32767], got 100000",
                "bench", "env", "--threads", "100000", "--users", "100", "--passes", "1");
    }

    @Test
    void envRunsAtTheSmallestCatalogItAccepts() {
        CliRun.Outcome o = CliRun.cli("bench", "env", "--users", "3", "--items", "22", "--candidates", "2",
                "--dimensions", "2", "--passes", "1", "--threads", "1");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("\"candidates\" : 2"), o.out());
    }

    @Test
    void scalingNamesTheOneOptionThatFailedAndWritesNoReport(@TempDir Path dir) {
        Path report = dir.resolve("report");
        String r = report.toString();
        refused("error: --up-to must be >= 1000 (the smallest population and catalog swept), got 0",
                "bench", "scaling", "--up-to", "0", "--report", r);
        refused("error: --up-to must be >= 1000 (the smallest population and catalog swept), got 5",
                "bench", "scaling", "--up-to", "5", "--report", r);
        refused("error: --items-up-to must be >= 1000 (the smallest catalog swept), got 999",
                "bench", "scaling", "--items-up-to", "999", "--report", r);
        refused("error: --user-steps-per-point must be >= 1, got 0",
                "bench", "scaling", "--user-steps-per-point", "0", "--report", r);
        refused("error: --threads must be in [1, 32767], got 40000",
                "bench", "scaling", "--threads", "40000", "--report", r);
        assertFalse(Files.exists(report));
    }

    @Test
    void anEnvPopulationBeyondAnyHeapIsRefusedBeforeItsSeedsAreAllocated() {
        CliRun.Outcome o = CliRun.cli("bench", "env", "--users", "100000000", "--items", "1000", "--passes", "1");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().strip().startsWith("error: a population of 100,000,000 users needs at least "), o.err());
        assertTrue(o.err().contains("(2.5 times that: room for the rest of the benchmark)"), o.err());
        assertFalse(o.err().contains("\tat "), o.err());
    }

    @Test
    void aScalingReportPathThatCannotTakeTheReportIsRefusedBeforeTheSweep(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        refused("error: --report " + file + ": exists and is not a directory", "bench", "scaling", "--report",
                file.toString());
        refused("error: --report " + file.resolve("report") + ": cannot be created (" + file + " is not a directory)",
                "bench", "scaling", "--report", file.resolve("report").toString());
        Path other = Files.createDirectory(dir.resolve("other"));
        Files.writeString(other.resolve("results.csv"), "keep me");
        refused("error: --report " + other + ": holds other files than a scaling report (results.csv); name a new"
                + " or empty directory, or an earlier report's", "bench", "scaling", "--report", other.toString());
        assertEquals("keep me", Files.readString(other.resolve("results.csv")));
    }

    @Test
    void anOptionTheBenchmarkDoesNotReadIsRefused() {
        refused("error: --steps does not apply to bench env (it steps a synthetic world of --items, --candidates"
                + " and --dimensions; its options: --users, --items, --candidates, --dimensions, --threads, --passes,"
                + " --index, --baseline, --rounds)", "bench", "env", "--steps", "0");
        String dqn = " does not apply to bench dqn (it trains on the world of --config; its options: --users,"
                + " --steps, --implementation, --config, --batch-size, --train-every, --rounds)";
        refused("error: --threads" + dqn, "bench", "dqn", "--threads", "0");
        refused("error: --candidates" + dqn, "bench", "dqn", "--candidates", "1");
        refused("error: --items" + dqn, "bench", "dqn", "--items", "0");
        refused("error: --dimensions" + dqn, "bench", "dqn", "--dimensions", "0");
        refused("error: --users does not apply to bench scaling (it sweeps its own users, K and catalog sizes;"
                + " its options: --threads, --report, --up-to, --items-up-to, --user-steps-per-point)",
                "bench", "scaling", "--users", "5");
        // The first option given that does not apply, in command-line order.
        refused("error: --passes" + dqn, "bench", "dqn", "--users", "2", "--passes", "1", "--items", "5");
    }

    @Test
    void roundsNeedsABaseline() {
        refused("error: --rounds applies only with --baseline (it counts the runs of each build)",
                "bench", "env", "--rounds", "0");
        refused("error: --rounds applies only with --baseline (it counts the runs of each build)",
                "bench", "env", "--rounds", "3");
    }

    @Test
    void dqnRoundsAreCheckedThenEachMeasuredAndTheirMedianPrinted(@TempDir Path dir) throws Exception {
        refused("error: --rounds must be in [1, 100], got 0", "bench", "dqn", "--rounds", "0");
        refused("error: --rounds must be in [1, 100], got 101", "bench", "dqn", "--rounds", "101");
        String config = FeedGymCliTest.smallConfig(dir).toString();
        CliRun.Outcome o = CliRun.cli("bench", "dqn", "--config", config, "--steps", "1000", "--rounds", "3",
                "--users", "4");
        assertEquals(0, o.code(), o.err());
        JsonNode figures = new ObjectMapper().readTree(o.out());
        assertEquals(3, figures.path("rounds").asInt(), o.out());
        assertEquals(1000, figures.path("trainingSteps").asInt(), o.out());
        long[] rounds = new long[3];
        for (int i = 0; i < 3; i++) {
            rounds[i] = figures.path("stepsPerSecondRounds").get(i).asLong();
            assertTrue(rounds[i] > 0, o.out());
        }
        Arrays.sort(rounds);
        assertEquals(rounds[1], figures.path("stepsPerSecond").asLong(), o.out());
    }

    @Test
    void defaultsOfOptionsABenchmarkDoesNotReadNeverCount(@TempDir Path dir) throws Exception {
        // Every option has a default; dqn reaches its own checks, past the applicability check.
        String config = FeedGymCliTest.smallConfig(dir).toString();
        refused("error: --steps must be >= 1000, got 5", "bench", "dqn", "--steps", "5");
        refused("error: --batch-size must be in [1, 65536], got 0",
                "bench", "dqn", "--config", config, "--batch-size", "0");
        refused("error: --train-every must be in [1, 65536], got 0",
                "bench", "dqn", "--config", config, "--train-every", "0");
        refused("error: --users must be in [1, 4096] (above 1 only with --implementation dl4j), got 0",
                "bench", "dqn", "--config", config, "--users", "0");
    }

    @Test
    void threadsAboveForkJoinPoolsLimitIsRefusedByRunReproduceAndCalibrateWritingNothing(@TempDir Path dir)
            throws Exception {
        Path config = FeedGymCliTest.smallConfig(dir);
        Path out = dir.resolve("out");
        refused("error: --threads must be in [1, 32767], got 40000",
                "run", config.toString(), "--out", out.toString(), "--threads", "40000");
        refused("error: --threads must be in [1, 32767], got 0",
                "run", config.toString(), "--out", out.toString(), "--threads", "0");
        assertFalse(Files.exists(out));
        Path again = dir.resolve("again");
        refused("error: --threads must be in [1, 32767], got 40000",
                "reproduce", dir.resolve("no-such-run").toString(), "--out", again.toString(), "--threads", "40000");
        assertFalse(Files.exists(again));
        Path calibrating = dir.resolve("calibrating.json");
        Files.writeString(calibrating, CalibrationFixture.config(CalibrationFixture.log(dir), """
                "structure": {"response": {"type": "lognormal-watch"}},
                "fit": [{"path": "$.world.userModel.response.intercept", "low": -3, "high": 3}],
                "optimiser": {"evaluations": 12, "seed": 3}"""));
        Path calibrated = dir.resolve("calibrated");
        refused("error: --threads must be in [1, 32767], got 32768",
                "calibrate", calibrating.toString(), "--out", calibrated.toString(), "--threads", "32768");
        assertFalse(Files.exists(calibrated));
    }

    private static final Pattern BENCHMARK_NAME = Pattern.compile("\\b(env|dqn|scaling|homogenization)\\b");

    @Test
    void theHelpOfEachOptionNamesExactlyTheBenchmarksThatReadIt() {
        CommandLine bench = new CommandLine(new BenchCommand());
        Set<String> tabled = new HashSet<>();
        BenchCommand.READS.values().forEach(r -> tabled.addAll(r.options()));
        for (OptionSpec option : bench.getCommandSpec().options()) {
            if (option.usageHelp() || option.versionHelp()) {
                continue;
            }
            String name = option.longestName();
            assertTrue(tabled.contains(name), name + " is in no benchmark's row of BenchCommand.READS");
            String help = String.join(" ", option.description());
            Set<String> named = new HashSet<>();
            BENCHMARK_NAME.matcher(help).results().forEach(m -> named.add(m.group(1)));
            Set<String> reading = new HashSet<>();
            BenchCommand.READS.forEach((benchmark, reads) -> {
                if (reads.options().contains(name)) {
                    reading.add(benchmark);
                }
            });
            assertEquals(reading, named, name + ": " + help);
        }
    }

    @Test
    void theBoundsTheCommandChecksAreTheWorlds() {
        int k = BenchCommand.MIN_CANDIDATES;
        int h = BenchCommand.HISTORY_LENGTH;
        assertDoesNotThrow(() -> world(k + h, k, BenchCommand.MIN_DIMENSIONS));
        assertThrows(IllegalArgumentException.class, () -> world(k + h, k + 1, BenchCommand.MIN_DIMENSIONS));
        assertThrows(IllegalArgumentException.class, () -> world(k + h, k - 1, BenchCommand.MIN_DIMENSIONS));
        assertDoesNotThrow(() -> world(BenchCommand.MAX_ITEMS, BenchCommand.MAX_CANDIDATES,
                BenchCommand.MAX_DIMENSIONS));
        assertThrows(IllegalArgumentException.class, () -> world(BenchCommand.MAX_ITEMS + 1, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> world(10_000, BenchCommand.MAX_CANDIDATES + 1, 2));
        assertThrows(IllegalArgumentException.class, () -> world(10_000, 2, BenchCommand.MAX_DIMENSIONS + 1));
        assertThrows(IllegalArgumentException.class, () -> world(10_000, 2, BenchCommand.MIN_DIMENSIONS - 1));
    }

    /** The world config bench env builds (EnvBenchmark.run). */
    private static WorldConfig world(int items, int k, int dimensions) {
        return new WorldConfig(new CatalogConfig("synthetic", items, null, null, dimensions, null, null), null,
                new CandidatesConfig(k, null, null, null, null, null), null, new EpisodeConfig(1000, 0));
    }
}
