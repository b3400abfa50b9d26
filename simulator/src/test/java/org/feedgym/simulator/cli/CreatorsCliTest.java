package org.feedgym.simulator.cli;

import static org.feedgym.simulator.cli.CliRun.cli;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.feedgym.simulator.cli.CliRun.Outcome;
import org.feedgym.simulator.metrics.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A world with creators through the CLI: deterministic across threads, its supply in summary.json, bad input exits 2. */
class CreatorsCliTest {

    private static Path write(Path dir, String name, int days, String creators) throws Exception {
        Path config = dir.resolve(name + ".json");
        Files.writeString(config, """
                {"name": "%s", "seed": 7,
                 "world": {
                   "catalog": {"items": 300, "topics": 6, "harmfulTopics": 2, "dimensions": 8},
                   "candidates": {"k": 6, "popularPool": 40},
                   "episode": {"maxSteps": 5000, "days": %d}%s
                 },
                 "evaluation": {"users": 300, "replicates": 2},
                 "agents": [{"type": "greedy-engagement"}]}
                """.formatted(name, days, creators == null ? "" : ",\n\"creators\": " + creators));
        return config;
    }

    private static Summary summary(Path run) throws Exception {
        return Summary.read(run.resolve("summary.json"));
    }

    @Test
    void aRunWithCreatorsIsByteIdenticalOnOneAndTwoThreadsAndReportsItsSupply(@TempDir Path dir) throws Exception {
        Path config = write(dir, "creators", 8, "{\"count\": 6, \"uploadsPerDay\": 2, \"adaptationRate\": 0.5}");
        Outcome one = cli("run", config.toString(), "--out", dir.resolve("one").toString(), "--threads", "1");
        assertEquals(0, one.code(), one.err());
        Outcome two = cli("run", config.toString(), "--out", dir.resolve("two").toString(), "--threads", "2");
        assertEquals(0, two.code(), two.err());
        for (String file : new String[] {"summary.json", "episodes.csv", "timeseries.csv"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(file)),
                    Files.readAllBytes(dir.resolve("two").resolve(file)), file);
        }
        Summary.Supply supply = summary(dir.resolve("one")).agents().get(0).supply();
        assertNotNull(supply, "no supply in summary.json");
        assertTrue(supply.days().size() >= 3, supply.days().size() + " days");
        assertEquals(1, supply.days().get(0).day());
        double share = supply.harmfulUploadShare().mean();
        assertTrue(share >= 0 && share <= 1, "harmful upload share " + share);
        assertTrue(supply.newItemExposureShare().mean() > 0, "new items were never shown");
        String report = Files.readString(dir.resolve("one").resolve("report.html"));
        assertTrue(report.contains("Creators and uploads") && report.contains("Harmful share of each day"),
                "the report shows the supply side");
    }

    @Test
    void aRunWithoutCreatorsHasNoSupply(@TempDir Path dir) throws Exception {
        Path config = write(dir, "plain", 3, null);
        Outcome o = cli("run", config.toString(), "--out", dir.resolve("run").toString());
        assertEquals(0, o.code(), o.err());
        assertNull(summary(dir.resolve("run")).agents().get(0).supply());
        assertFalse(Files.readString(dir.resolve("run").resolve("summary.json")).contains("supply"));
        assertFalse(Files.readString(dir.resolve("run").resolve("report.html")).contains("Creators and uploads"));
    }

    @Test
    void validateSetsAsideTheIndependentUserChecksForAWorldWithCreators(@TempDir Path dir) throws Exception {
        Path config = write(dir, "valid", 4, "{\"count\": 4}");
        Outcome o = cli("validate", config.toString());
        assertEquals(0, o.code(), o.err() + o.out());
        assertTrue(o.out().contains("not applicable: users are coupled through the creators' uploads"), o.out());
        assertFalse(o.out().contains("FAIL"), o.out());
        // Set-aside checks say so in their label, and keep their place in the checker's order.
        java.util.List<String> vector = o.out().lines().dropWhile(l -> !l.startsWith("vector environment"))
                .skip(1).map(String::strip).toList();
        assertEquals(java.util.List.of("ok", "ok", "ok", "n/a", "ok", "ok", "n/a", "n/a"),
                vector.stream().map(l -> l.substring(0, l.indexOf(' '))).toList(), o.out());
        assertTrue(vector.get(3).startsWith("n/a   terminated/truncated semantics"), vector.get(3));
    }

    /** Expects exit 2 with exactly {@code message} after the file name, nothing written. */
    private static void rejected(Path dir, String name, int days, String creators, String message) throws Exception {
        Path config = write(dir, name, days, creators);
        Path out = dir.resolve(name + "-out");
        Outcome o = cli("run", config.toString(), "--out", out.toString());
        assertEquals(2, o.code(), o.err());
        assertEquals("error: " + config + ": " + message, o.err().strip());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void badCreatorsExitWithTwoNamingTheJsonPathAndTheRule(@TempDir Path dir) throws Exception {
        rejected(dir, "count", 5, "{\"count\": -2}", "$.world.creators.count: count must be in [1, 10000], got -2");
        rejected(dir, "uploads", 5, "{\"uploadsPerDay\": -1}",
                "$.world.creators.uploadsPerDay: uploadsPerDay must be in [0, 100], got -1");
        rejected(dir, "rate", 5, "{\"adaptationRate\": 1.5}",
                "$.world.creators.adaptationRate: adaptationRate must be in [0.0, 1.0], got 1.5");
        rejected(dir, "days", 0, "{}", "$.world.creators: creators upload at day boundaries and need multi-day"
                + " episodes: episode.days must be >= 2 (uploads arrive on days 1 .. days - 1), got 0");
    }
}
