package org.feedgym.simulator.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.TestConfigs;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.metrics.Estimate;
import org.feedgym.simulator.metrics.MetricRegistry;
import org.feedgym.simulator.metrics.Summary;
import org.feedgym.simulator.output.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunServiceTest {

    private final ConfigLoader loader = new ConfigLoader(AgentRegistry.builtIn());

    private RunService.Result run(Path out, int threads) throws Exception {
        LoadedConfig loaded = loader.parse("small.json", TestConfigs.SMALL);
        return new RunService(AgentRegistry.builtIn(), loader.mapper(), Clock.systemUTC()).run(loaded, out, threads);
    }

    @Test
    void writesTheFourRunFiles(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        run(out, 1);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("config.resolved.json", "episodes.csv", "manifest.json", "summary.json", "timeseries.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        Manifest manifest = Manifest.read(out.resolve("manifest.json"));
        assertEquals(7, manifest.rootSeed());
        assertEquals(64, manifest.configSha256().length());
        assertTrue(manifest.deterministic());
        List<String> lines = Files.readAllLines(out.resolve("episodes.csv"));
        // header + 4 agents x 2 replicates x 80 users
        assertEquals(1 + 4 * 2 * 80, lines.size());
    }

    /** The episode files under {@code dir}, wherever they are. */
    private static List<Path> episodeFiles(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().matches("episodes-\\d+\\.bin")).toList();
        }
    }

    @Test
    void episodesAreSpilledWhileTheRunGoesAndGoneWhenItEnds(@TempDir Path dir) throws Exception {
        LoadedConfig loaded = loader.parse("small.json", TestConfigs.SMALL);
        String second = loaded.agents().get(1).name();
        List<Integer> seen = new java.util.ArrayList<>();
        ExperimentRunner.Progress watch = (agent, replicate, active, users) -> {
            try {
                if (agent.equals(second) && seen.isEmpty()) {
                    seen.add(episodeFiles(dir).size());
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        new RunService(AgentRegistry.builtIn(), loader.mapper(), Clock.systemUTC(), watch).run(loaded,
                dir.resolve("run"), 1);
        // The first agent's two replicates were on disk while the second ran; nothing is left.
        assertEquals(List.of(2), seen);
        assertEquals(List.of(), episodeFiles(dir));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("run"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aRunThatFailsLeavesNoEpisodeFilesAndNoEpisodesCsv(@TempDir Path dir) throws Exception {
        LoadedConfig loaded = loader.parse("small.json", TestConfigs.SMALL);
        String second = loaded.agents().get(1).name();
        ExperimentRunner.Progress failing = (agent, replicate, active, users) -> {
            if (agent.equals(second)) {
                throw new IllegalStateException("killed while " + agent + " ran");
            }
        };
        RunService service = new RunService(AgentRegistry.builtIn(), loader.mapper(), Clock.systemUTC(), failing);
        assertThrows(IllegalStateException.class, () -> service.run(loaded, dir.resolve("run"), 1));
        assertEquals(List.of(), episodeFiles(dir));
        assertFalse(Files.exists(dir.resolve("run").resolve("episodes.csv")));
        try (Stream<Path> walk = Files.walk(dir)) {
            assertEquals(List.of(), walk.filter(p -> p.getFileName().toString().equals(RunService.EPISODE_LOG)
                    || p.getFileName().toString().equals("episodes.csv")).toList());
        }
    }

    @Test
    void theSameConfigGivesByteIdenticalResultsWhateverTheThreadCount(@TempDir Path dir) throws Exception {
        run(dir.resolve("a"), 1);
        run(dir.resolve("b"), 1);
        run(dir.resolve("c"), 3);
        for (String f : new String[] {"summary.json", "episodes.csv", "config.resolved.json"}) {
            byte[] a = Files.readAllBytes(dir.resolve("a").resolve(f));
            assertArrayEquals(a, Files.readAllBytes(dir.resolve("b").resolve(f)), f + " differs between runs");
            assertArrayEquals(a, Files.readAllBytes(dir.resolve("c").resolve(f)), f + " differs with 3 threads");
        }
    }

    @Test
    void aPopulationSplitOverThreadsGivesByteIdenticalFilesOnOneAndTwoThreads(@TempDir Path dir) throws Exception {
        // One replicate: the pool splits the users of the world's steps, of the agents' acting
        // and of the summary's metrics rather than running replicates side by side.
        LoadedConfig loaded = loader.parse("population.json", TestConfigs.POPULATION);
        RunService service = new RunService(AgentRegistry.builtIn(), loader.mapper(), Clock.systemUTC());
        service.run(loaded, dir.resolve("one"), 1);
        service.run(loaded, dir.resolve("two"), 2);
        for (String f : new String[] {"summary.json", "episodes.csv", "timeseries.csv", RunService.DAILY}) {
            byte[] one = Files.readAllBytes(dir.resolve("one").resolve(f));
            assertArrayEquals(one, Files.readAllBytes(dir.resolve("two").resolve(f)), f + " differs with 2 threads");
        }
        assertEquals(1 + 5 * 2000, Files.readAllLines(dir.resolve("one").resolve("episodes.csv")).size());
    }

    @Test
    void aRunWhoseUsersLiveForDaysWritesItsPerDaySeries(@TempDir Path dir) throws Exception {
        LoadedConfig loaded = loader.parse("population.json", TestConfigs.POPULATION.replace("\"days\": 1",
                "\"days\": 3").replace("\"users\": 2000", "\"users\": 200"));
        new RunService(AgentRegistry.builtIn(), loader.mapper(), Clock.systemUTC()).run(loaded, dir.resolve("run"), 1);
        List<String> lines = Files.readAllLines(dir.resolve("run").resolve(RunService.DAILY));
        assertEquals(String.join(",", org.feedgym.simulator.output.TimeSeriesCsv.DAILY_HEADER), lines.get(0));
        // Day 1 of every agent for all users: everyone watches on their first day.
        List<String> firstDays = lines.stream().filter(l -> l.contains(",all,1,")).toList();
        assertEquals(5, firstDays.size());
        for (String l : firstDays) {
            assertEquals("200", l.split(",")[3], l);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains(",all,3,")), "no row for day 3");
        assertTrue(lines.stream().noneMatch(l -> l.contains(",all,4,")), "a row after the last day");
    }

    @Test
    void summaryHasTheDocumentedShape(@TempDir Path dir) throws Exception {
        run(dir.resolve("r"), 1);
        // Read as a tree: the shape of the file itself, not of the record.
        JsonNode s = loader.mapper().readTree(dir.resolve("r/summary.json").toFile());
        assertEquals("small", s.get("experiment").asText());
        assertEquals(4, s.get("agents").size());
        JsonNode random = s.get("agents").get(0);
        assertEquals("random", random.get("id").asText());
        for (String m : new String[] {"return", "watchMinutes", "sessionSteps", "likeRate", "harmfulShareItems",
            "harmfulShareMinutes", "minutesToFirstHarmful", "reachedHarmful", "topicEntropyBits"}) {
            JsonNode e = random.get("metrics").get(m);
            assertTrue(e != null && e.has("mean") && e.has("ci95Low") && e.has("ci95High") && e.has("n"), m);
        }
        assertEquals(160, random.get("metrics").get("return").get("n").asInt());
        JsonNode vulnerable = random.get("byPersona").get("teen-vulnerable");
        assertTrue(vulnerable.get("harmfulShareItems").has("mean"));
    }

    @Test
    void theOracleEarnsAtLeastTheRandomAgentsReturn(@TempDir Path dir) throws Exception {
        List<Summary.AgentSummary> agents = run(dir.resolve("r"), 1).summary().agents();
        Estimate random = agents.get(0).metric(MetricRegistry.RETURN).orElseThrow();
        double oracleLow = agents.get(3).metric(MetricRegistry.RETURN).orElseThrow().ci95Low();
        double randomHigh = random.ci95High();
        assertTrue(oracleLow > randomHigh, "oracle CI low " + oracleLow + " vs random CI high " + randomHigh
                + " (random mean " + random.mean() + ")");
    }

    @Test
    void aNonEmptyOutputDirectoryIsRefusedAndLeftAlone(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("taken");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "mine");
        var e = assertThrows(java.io.IOException.class, () -> run(out, 1));
        assertTrue(e.getMessage().contains("exists and is not empty"), e.getMessage());
        assertEquals("mine", Files.readString(out.resolve("keep.txt")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no staging directory left behind");
        }
    }

    @Test
    void anEmptyExistingOutputDirectoryIsUsed(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("empty");
        Files.createDirectories(out);
        run(out, 1);
        assertTrue(Files.exists(out.resolve("summary.json")));
        assertFalse(Files.exists(dir.resolve(".empty.partial")));
    }
}
