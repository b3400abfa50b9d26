package org.feedgym.simulator.cli;

import static org.feedgym.simulator.cli.FeedGymCliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.feedgym.simulator.cli.FeedGymCliTest.Outcome;
import org.feedgym.simulator.metrics.MetricRegistry;
import org.feedgym.simulator.metrics.Summary;
import org.feedgym.simulator.output.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --save-agents} and the {@code "saved"} agent entry that reads a saved agent back. */
class SavedAgentsCliTest {

    private static final String WORLD = """
              "world": {
                "catalog": {"items": 300, "topics": 6, "harmfulTopics": 2, "dimensions": 8},
                "candidates": {"k": 6, "popularPool": 40},
                "reward": {"harmPenalty": 0.5},
                "episode": {"maxSteps": 60}
              },
              "evaluation": {"users": 60, "replicates": 1},
            """;

    private static Path write(Path dir, String name, String agents) throws Exception {
        Path config = dir.resolve(name + ".json");
        Files.writeString(config, "{\"name\": \"" + name + "\", \"seed\": 7,\n" + WORLD + "\"agents\": " + agents + "}");
        return config;
    }

    private static Summary.AgentSummary agent(Path run, String name) throws Exception {
        return Summary.read(run.resolve("summary.json")).agent(name)
                .orElseThrow(() -> new AssertionError("no agent " + name + " in " + run));
    }

    @Test
    void aSavedAgentReadBackIntoTheSameWorldGivesTheSameResults(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first");
        Outcome trained = cli("run", write(dir, "train", "[{\"type\": \"random\"}, {\"type\": \"topic-ucb1\"},"
                + " {\"type\": \"dqn\", \"hiddenLayers\": [16], \"trainingSteps\": 800, \"learningStarts\": 100}]").toString(),
                "--out", first.toString(), "--save-agents", "-q");
        assertEquals(0, trained.code(), trained.err());
        for (String name : new String[] {"random", "topic-ucb1", "dqn"}) {
            assertTrue(Files.isRegularFile(first.resolve("agents").resolve(name).resolve("replicate-0").resolve("agent.json")),
                    name + " saved");
        }

        String saved = first.resolve("agents").toString();
        Path second = dir.resolve("second");
        Outcome reloaded = cli("run", write(dir, "reload", "[{\"type\": \"saved\", \"path\": \"" + saved + "/random/replicate-0\"},"
                + " {\"type\": \"saved\", \"path\": \"" + saved + "/topic-ucb1/replicate-0\"},"
                + " {\"type\": \"saved\", \"path\": \"" + saved + "/dqn/replicate-0\"}]").toString(),
                "--out", second.toString(), "-q");
        assertEquals(0, reloaded.code(), reloaded.err());
        for (String name : new String[] {"random", "topic-ucb1", "dqn"}) {
            assertTrue(Double.isFinite(agent(first, name).metric(MetricRegistry.RETURN).orElseThrow().mean()), name);
            assertEquals(agent(first, name).metrics(), agent(second, name).metrics(),
                    name + ": the saved agent on the same users gives the same metrics");
        }
        assertFalse(Files.exists(second.resolve("training.csv")), "a saved agent is not trained again");
        Manifest manifest = Manifest.read(second.resolve("manifest.json"));
        assertEquals(3, manifest.savedAgents().size());
        assertEquals(64, manifest.savedAgents().get(2).files().get(0).sha256().length());
        assertEquals(List.of("random", "topic-ucb1", "dqn"),
                manifest.savedAgents().stream().map(Manifest.SavedAgent::type).toList(), "the types they were saved as");
    }

    @Test
    void anInterventionAroundASavedStackThatAlreadyHasItIsRefused(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first");
        assertEquals(0, cli("run", write(dir, "train", "[{\"type\": \"harm-filter\", \"agent\": {\"type\":"
                + " \"popularity\"}}]").toString(), "--out", first.toString(), "--save-agents", "-q").code());
        Path saved = first.resolve("agents").resolve("harm-filter(popularity)").resolve("replicate-0");
        assertTrue(Files.isRegularFile(saved.resolve("agent.json")), saved.toString());
        Outcome twice = cli("validate", write(dir, "twice", "[{\"type\": \"harm-filter\", \"agent\": {\"type\":"
                + " \"saved\", \"path\": \"" + saved + "\"}}]").toString());
        assertEquals(2, twice.code(), twice.err());
        assertTrue(twice.err().contains("$.agents[0].agent.path: intervention 'harm-filter' cannot wrap itself: the"
                + " saved agent is already harm-filter(popularity)"), twice.err());
        Outcome other = cli("validate", write(dir, "other", "[{\"type\": \"diversify\", \"agent\": {\"type\":"
                + " \"saved\", \"path\": \"" + saved + "\"}}]").toString());
        assertEquals(0, other.code(), other.err());
    }

    @Test
    void aSavedPathWithoutAnAgentIsAConfigErrorNamingTheJsonPath(@TempDir Path dir) throws Exception {
        Path config = write(dir, "bad", "[{\"type\": \"saved\", \"path\": \"" + dir.resolve("nowhere") + "\"}]");
        Outcome o = cli("validate", config.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("$.agents[0]") && o.err().contains("holds no saved agent"), o.err());
    }

    @Test
    void anAgentSavedForAnotherWorldIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first");
        assertEquals(0, cli("run", write(dir, "train", "[{\"type\": \"random\"}]").toString(), "--out", first.toString(),
                "--save-agents", "-q").code());
        Path config = dir.resolve("other.json");
        Files.writeString(config, Files.readString(write(dir, "other", "[{\"type\": \"saved\", \"path\": \""
                + first.resolve("agents/random/replicate-0") + "\"}]")).replace("\"k\": 6", "\"k\": 8"));
        Outcome validated = cli("validate", config.toString());
        assertEquals(2, validated.code());
        assertTrue(validated.err().contains("$.context.candidateCount: the agent was saved for 6"), validated.err());
        Path out = dir.resolve("out");
        Outcome o = cli("run", config.toString(), "--out", out.toString(), "-q");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("agent.json: $.context.candidateCount: the agent was saved for 6; the world it is"
                + " loaded into has 8"), o.err());
        assertFalse(Files.exists(out.resolve("summary.json")), "nothing written");
    }

    @Test
    void reproduceRefusesASavedAgentThatChangedSinceTheRun(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first");
        assertEquals(0, cli("run", write(dir, "train", "[{\"type\": \"topic-ucb1\"}]").toString(), "--out", first.toString(),
                "--save-agents", "-q").code());
        Path saved = first.resolve("agents/topic-ucb1/replicate-0");
        Path second = dir.resolve("second");
        assertEquals(0, cli("run", write(dir, "reload", "[{\"type\": \"saved\", \"path\": \"" + saved + "\"}]").toString(),
                "--out", second.toString(), "-q").code());
        Outcome same = cli("reproduce", second.toString(), "--out", dir.resolve("again").toString());
        assertEquals(0, same.code(), same.err());

        Path description = saved.resolve("agent.json");
        Files.writeString(description, Files.readString(description) + "\n");
        Outcome changed = cli("reproduce", second.toString(), "--out", dir.resolve("third").toString());
        assertEquals(2, changed.code());
        assertTrue(changed.err().contains("saved agent 'topic-ucb1': " + description + " changed since the run"), changed.err());
    }

    @Test
    void saveAgentsRefusesANameThatCannotNameAFolder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Outcome o = cli("run", write(dir, "names", "[{\"type\": \"random\", \"name\": \"../escaped\"}]").toString(),
                "--out", out.toString(), "--save-agents", "-q");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("$.agents[0].name: '../escaped' cannot name the folder --save-agents writes it to"),
                o.err());
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(dir.resolve("escaped")));
    }
}
