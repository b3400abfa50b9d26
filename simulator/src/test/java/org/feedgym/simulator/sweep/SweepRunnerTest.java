package org.feedgym.simulator.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.TestConfigs;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.config.SweepExpander;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepRunnerTest {

    static final String SWEEP = TestConfigs.SMALL.replace("\"agents\": [", """
            "sweep": {"grid": {"world.reward.harmPenalty": [0.0, 0.5, 2.0], "seed": [1, 2]}},
            "agents": [""").replace("\"users\": 80, \"replicates\": 2", "\"users\": 40, \"replicates\": 1");

    private final ConfigLoader loader = new ConfigLoader(AgentRegistry.builtIn());

    private SweepRunner.Result run(String json, Path out, int threads) throws Exception {
        LoadedConfig loaded = loader.parse("sweep.json", json);
        return new SweepRunner(AgentRegistry.builtIn(), loader, Clock.systemUTC()).run(loaded, out, threads, n -> { });
    }

    @Test
    void aGridRunsEveryCombinationAndListsTheirValues(@TempDir Path dir) throws Exception {
        SweepRunner.Result r = run(SWEEP, dir.resolve("s"), 2);
        assertEquals(6, r.trials());
        List<SweepSummary.Trial> trials = r.summary().trials();
        assertEquals(6, trials.size());
        assertEquals(0.5, trials.get(2).values().get("world.reward.harmPenalty").asDouble());
        assertEquals(1, trials.get(2).values().get("seed").asInt());
        assertEquals(4, trials.get(2).agents().size());
        assertTrue(Files.isRegularFile(dir.resolve("s/trials/trial-005/episodes.csv")));
    }

    @Test
    void resultsAreIdenticalWhateverTheThreadCount(@TempDir Path dir) throws Exception {
        run(SWEEP, dir.resolve("a"), 1);
        run(SWEEP, dir.resolve("b"), 3);
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/summary.json")), Files.readAllBytes(dir.resolve("b/summary.json")));
    }

    @Test
    void aKilledSweepResumesWithoutRecomputingFinishedTrials(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("s");
        run(SWEEP, out, 2);
        byte[] complete = Files.readAllBytes(out.resolve("summary.json"));
        // Simulate a kill after two trials: later trials and the sweep summary are missing, and
        // trial-003 was killed mid-run (its staging directory is left behind).
        for (String id : new String[] {"trial-002", "trial-003", "trial-004", "trial-005"}) {
            delete(out.resolve("trials").resolve(id));
        }
        Files.createDirectories(out.resolve("trials/.trial-003.partial-123/"));
        Files.writeString(out.resolve("trials/.trial-003.partial-123/summary.json"), "{half");
        Files.delete(out.resolve("summary.json"));
        long before = Files.getLastModifiedTime(out.resolve("trials/trial-000/summary.json")).toMillis();

        SweepRunner.Result resumed = run(SWEEP, out, 2);
        assertEquals(2, resumed.reused());
        assertArrayEquals(complete, Files.readAllBytes(out.resolve("summary.json")));
        assertEquals(before, Files.getLastModifiedTime(out.resolve("trials/trial-000/summary.json")).toMillis());
        assertTrue(Files.notExists(out.resolve("trials/.trial-003.partial-123")));
    }

    @Test
    void aDirectoryOfAnotherSweepIsRefused(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("s");
        run(SWEEP, out, 2);
        String other = SWEEP.replace("[0.0, 0.5, 2.0]", "[0.0, 0.7]");
        var e = assertThrows(SweepRunner.DirectoryConflict.class, () -> run(other, out, 2));
        assertTrue(e.getMessage().contains("holds a different sweep"), e.getMessage());
    }

    @Test
    void anUnknownParameterPathIsRejectedWithItsJsonPath() {
        String bad = SWEEP.replace("world.reward.harmPenalty", "world.reward.harmPenalti");
        var e = assertThrows(ConfigException.class, () -> loader.parse("sweep.json", bad));
        assertTrue(e.getMessage().startsWith("sweep.json: $.sweep.grid[\"world.reward.harmPenalti\"]: unknown parameter path"),
                e.getMessage());
    }

    @Test
    void anEmptyGridIsRejected() {
        String bad = SWEEP.replace("[0.0, 0.5, 2.0]", "[]");
        var e = assertThrows(ConfigException.class, () -> loader.parse("sweep.json", bad));
        assertTrue(e.getMessage().contains("$.sweep.grid['world.reward.harmPenalty']: must list at least one value"),
                e.getMessage());
    }

    @Test
    void aValueListedTwiceInTheGridIsRefusedEvenWrittenDifferently() {
        String bad = SWEEP.replace("[0.0, 0.5, 2.0]", "[0.0, 0.5, 5e-1]");
        var e = assertThrows(ConfigException.class, () -> loader.parse("sweep.json", bad));
        assertTrue(e.getMessage().contains("$.sweep.grid: trial trial-004 (world.reward.harmPenalty=0.5, seed=1)"
                + " runs the same config as trial-002 (world.reward.harmPenalty=0.5, seed=1)"), e.getMessage());
    }

    @Test
    void aTrialThatResolvesToAnEarlierOneIsRefused() {
        // The third trial is the first written in another order and form; the fourth sets k to the
        // base config's own value, as the second leaves it.
        String list = "{\"list\": [{\"seed\": 3, \"world.reward.harmPenalty\": 0.5}, {\"seed\": 5},"
                + " {\"world.reward.harmPenalty\": 0.50, \"seed\": 3}]}";
        String bad = SWEEP.replace("{\"grid\": {\"world.reward.harmPenalty\": [0.0, 0.5, 2.0], \"seed\": [1, 2]}}", list);
        var e = assertThrows(ConfigException.class, () -> loader.parse("sweep.json", bad));
        assertTrue(e.getMessage().contains("$.sweep.list[2]: trial trial-002"), e.getMessage());
        assertTrue(e.getMessage().contains("runs the same config as trial-000"), e.getMessage());
        String baseValue = SWEEP.replace("{\"grid\": {\"world.reward.harmPenalty\": [0.0, 0.5, 2.0], \"seed\": [1, 2]}}",
                "{\"list\": [{\"seed\": 5}, {\"seed\": 5, \"world.candidates.k\": 6}]}");
        var same = assertThrows(ConfigException.class, () -> loader.parse("sweep.json", baseValue));
        assertTrue(same.getMessage().contains("$.sweep.list[1]: trial trial-001 (seed=5, world.candidates.k=6) runs"
                + " the same config as trial-000 (seed=5)"), same.getMessage());
    }

    @Test
    void aValueATrialCannotUseNamesTheTrial() {
        String bad = SWEEP.replace("[0.0, 0.5, 2.0]", "[0.0, -1.0]");
        var e = assertThrows(ConfigException.class, () -> loader.parse("sweep.json", bad));
        assertTrue(e.getMessage().contains("$.sweep.grid: trial trial-002"), e.getMessage());
        assertTrue(e.getMessage().contains("harmPenalty must be in [0.0, 100.0], got -1.0"), e.getMessage());
    }

    @Test
    void theListFormRunsEachEntry(@TempDir Path dir) throws Exception {
        String list = TestConfigs.SMALL.replace("\"agents\": [", """
                "sweep": {"list": [{"world.candidates.k": 4}, {"world.candidates.k": 8, "agents[1].name": "popular"}]},
                "agents": [""").replace("\"users\": 80, \"replicates\": 2", "\"users\": 30, \"replicates\": 1");
        SweepRunner.Result r = run(list, dir.resolve("l"), 2);
        assertEquals(2, r.trials());
        assertEquals("popular", r.summary().trials().get(1).agents().get(1).id());
    }

    private List<String> trialAgentNames(String json, int agent) throws Exception {
        LoadedConfig loaded = loader.parse("sweep.json", json);
        return new SweepExpander(loader).expand(loaded).stream()
                .map(t -> t.config().resolved().get("agents").get(agent).get("name").asText()).toList();
    }

    private static String sweepOfAgents(String agents, String grid) {
        return TestConfigs.SMALL.replace(
                "\"agents\": [{\"type\": \"random\"}, {\"type\": \"popularity\"}, {\"type\": \"greedy-engagement\"}, {\"type\": \"oracle\"}]",
                "\"sweep\": {\"grid\": " + grid + "}, \"agents\": " + agents);
    }

    @Test
    void aSweptAgentTypeTakesTheDefaultNameOfItsNewType() throws Exception {
        String json = sweepOfAgents("[{\"type\": \"random\"}, {\"type\": \"greedy-engagement\"}]",
                "{\"agents[1].type\": [\"oracle\", \"popularity\"]}");
        assertEquals(List.of("oracle", "popularity"), trialAgentNames(json, 1));
        LoadedConfig trial = new SweepExpander(loader).expand(loader.parse("sweep.json", json)).get(0).config();
        assertEquals("oracle", trial.agents().get(1).name());
        assertEquals("oracle", trial.agents().get(1).type());
    }

    @Test
    void aSweptTypeThatDuplicatesAnotherAgentAsksForAName() {
        String json = sweepOfAgents("[{\"type\": \"random\"}, {\"type\": \"greedy-engagement\"}]",
                "{\"agents[1].type\": [\"oracle\", \"random\"]}");
        var e = assertThrows(ConfigException.class, () -> loader.parse("sweep.json", json));
        assertTrue(e.getMessage().contains("$.sweep.grid: trial trial-001"), e.getMessage());
        assertTrue(e.getMessage().contains("duplicate agent name 'random'"), e.getMessage());
        assertTrue(e.getMessage().contains("distinct \"name\""), e.getMessage());
    }

    @Test
    void anExplicitNameIsKeptWhenTheTypeIsSwept() throws Exception {
        String json = sweepOfAgents("[{\"type\": \"random\"}, {\"type\": \"greedy-engagement\", \"name\": \"swept\"}]",
                "{\"agents[1].type\": [\"oracle\", \"random\"]}");
        assertEquals(List.of("swept", "swept"), trialAgentNames(json, 1));
    }

    @Test
    void aSweptInnerAgentTypeRenamesTheIntervention() throws Exception {
        String json = sweepOfAgents("[{\"type\": \"random\"}, {\"type\": \"explore\", \"epsilon\": 0.1,"
                + " \"agent\": {\"type\": \"greedy-engagement\"}}]",
                "{\"agents[1].agent.type\": [\"oracle\", \"popularity\"]}");
        assertEquals(List.of("explore(oracle)", "explore(popularity)"), trialAgentNames(json, 1));
        String named = json.replace("\"agent\": {\"type\": \"greedy-engagement\"}",
                "\"agent\": {\"type\": \"greedy-engagement\", \"name\": \"inner\"}");
        assertEquals(List.of("explore(inner)", "explore(inner)"), trialAgentNames(named, 1));
    }

    private static void delete(Path p) throws Exception {
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
