package org.feedgym.simulator.cli;

import static org.feedgym.simulator.cli.CliRun.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.feedgym.simulator.cli.CliRun.Outcome;
import org.feedgym.simulator.metrics.Summary;
import org.feedgym.simulator.output.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Intervention entries through the CLI: bad ones exit 2 naming the JSON path; good ones run, save and load. */
class InterventionsCliTest {

    private static final String WORLD = """
              "world": {
                "catalog": {"items": 300, "topics": 6, "harmfulTopics": 2, "dimensions": 8},
                "candidates": {"k": 6, "popularPool": 40},
                "episode": {"maxSteps": 40}
              },
              "evaluation": {"users": 40, "replicates": 1},
            """;

    private static Path write(Path dir, String name, String agents) throws Exception {
        Path config = dir.resolve(name + ".json");
        Files.writeString(config, "{\"name\": \"" + name + "\", \"seed\": 7,\n" + WORLD + "\"agents\": " + agents + "}");
        return config;
    }

    /** Runs {@code agents} and expects exit 2 with exactly {@code message} after the file name, nothing written. */
    private static void rejected(Path dir, String name, String agents, String message) throws Exception {
        Path config = write(dir, name, agents);
        Path out = dir.resolve(name + "-out");
        Outcome o = cli("run", config.toString(), "--out", out.toString());
        assertEquals(2, o.code(), o.err());
        assertEquals("error: " + config + ": " + message, o.err().strip());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aWrapperWithoutAnInnerAgentExitsWithTwo(@TempDir Path dir) throws Exception {
        rejected(dir, "bare", "[{\"type\": \"random\"}, {\"type\": \"harm-filter\", \"recall\": 0.8}]",
                "$.agents[1].agent: required: the agent intervention 'harm-filter' wraps, e.g."
                        + " {\"type\": \"greedy-engagement\"}");
    }

    @Test
    void aWrapperInsideItselfExitsWithTwo(@TempDir Path dir) throws Exception {
        rejected(dir, "self", "[{\"type\": \"diversify\", \"agent\": {\"type\": \"diversify\", \"agent\":"
                        + " {\"type\": \"random\"}}}]",
                "$.agents[0].agent.type: intervention 'diversify' cannot wrap itself (each intervention applies"
                        + " once per stack; tune its parameters instead)");
    }

    @Test
    void aRecallOrFalsePositiveRateOutsideTheUnitIntervalExitsWithTwo(@TempDir Path dir) throws Exception {
        rejected(dir, "recall", "[{\"type\": \"harm-filter\", \"recall\": 1.2, \"agent\": {\"type\": \"random\"}}]",
                "$.agents[0].recall: recall must be in [0.0, 1.0], got 1.2");
        rejected(dir, "fpr", "[{\"type\": \"explore\", \"agent\": {\"type\": \"harm-filter\","
                        + " \"falsePositiveRate\": -0.5, \"agent\": {\"type\": \"random\"}}}]",
                "$.agents[0].agent.falsePositiveRate: falsePositiveRate must be in [0.0, 1.0], got -0.5");
    }

    @Test
    void anUnknownInterventionExitsWithTwoListingTheKnownOnes(@TempDir Path dir) throws Exception {
        Path config = write(dir, "unknown", "[{\"type\": \"break-the-bubble\", \"agent\": {\"type\": \"random\"}}]");
        Outcome o = cli("run", config.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().startsWith("error: " + config + ": $.agents[0].type: unknown agent type"
                + " 'break-the-bubble'; known types: [random,"), o.err());
        assertTrue(o.err().strip().endsWith("(of which interventions, wrapping an \"agent\": [diversify, harm-filter,"
                + " explore, non-personalised, respect-not-interested])"), o.err());
        assertEquals(1, o.err().strip().lines().count(), "one line, no stack trace");
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void wrappedAgentsRunUnderTheirOwnNamesAndLoadBackActingTheSame(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first");
        Outcome o = cli("run", write(dir, "wrapped", "[{\"type\": \"greedy-engagement\"},"
                + " {\"type\": \"harm-filter\", \"recall\": 1, \"agent\": {\"type\": \"greedy-engagement\"}},"
                + " {\"type\": \"harm-filter\", \"agent\": {\"type\": \"diversify\", \"agent\": {\"type\": \"topic-ucb1\"}}}]")
                .toString(), "--out", first.toString(), "--save-agents", "-q");
        assertEquals(0, o.code(), o.err());
        Summary summary = Summary.read(first.resolve("summary.json"));
        Summary.AgentSummary bare = summary.agent("greedy-engagement").orElseThrow();
        Summary.AgentSummary filtered = summary.agent("harm-filter(greedy-engagement)").orElseThrow();
        assertNotEquals(bare.metrics(), filtered.metrics(), "the filter changed what was shown");
        assertTrue(summary.agent("harm-filter(diversify(topic-ucb1))").isPresent());
        Path saved = first.resolve("agents").resolve("harm-filter(diversify(topic-ucb1))").resolve("replicate-0");
        assertTrue(Files.isRegularFile(saved.resolve("agent").resolve("agent").resolve("agent.json")),
                "the inner agents are saved in nested directories");

        Path second = dir.resolve("second");
        Outcome reloaded = cli("run", write(dir, "reload", "[{\"type\": \"saved\", \"path\": \"" + saved + "\"}]")
                .toString(), "--out", second.toString(), "-q");
        assertEquals(0, reloaded.code(), reloaded.err());
        assertEquals(summary.agent("harm-filter(diversify(topic-ucb1))").orElseThrow().metrics(),
                Summary.read(second.resolve("summary.json")).agent("harm-filter(diversify(topic-ucb1))").orElseThrow()
                        .metrics(), "the saved stack on the same users gives the same metrics");
        Manifest manifest = Manifest.read(second.resolve("manifest.json"));
        assertEquals(1, manifest.savedAgents().size(), "the saved stack's files are hashed in the manifest");
        assertEquals(3, manifest.savedAgents().get(0).files().size(), "agent.json at each of the three levels");
    }

    @Test
    void userSideInterventionsWrapTheEnvironmentOfTheirEntryUnderTheirOwnName(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Outcome o = cli("run", write(dir, "breaks", "[{\"type\": \"greedy-engagement\"},"
                + " {\"type\": \"greedy-engagement\", \"environment\": [{\"type\": \"break-prompt\","
                + " \"afterMinutes\": 3, \"acceptProbability\": 1}, {\"type\": \"autoplay-off\"}]},"
                + " {\"type\": \"greedy-engagement\", \"name\": \"with-breaks\", \"environment\": [{\"type\":"
                + " \"break-prompt\"}]}]").toString(),
                "--out", out.toString(), "-q");
        assertEquals(0, o.code(), o.err());
        Summary summary = Summary.read(out.resolve("summary.json"));
        assertEquals(List.of("break-prompt", "autoplay-off"),
                summary.agent("autoplay-off(break-prompt(greedy-engagement))").orElseThrow().userSide());
        // A name of the user's own hides the wrappers: summary.json still says which ran.
        assertEquals(List.of("break-prompt"), summary.agent("with-breaks").orElseThrow().userSide());
        assertNull(summary.agent("greedy-engagement").orElseThrow().userSide());
        String json = Files.readString(out.resolve("summary.json"));
        assertEquals(2, json.split("\"userSide\"", -1).length - 1, "only the two wrapped entries name them: " + json);
        String episodes = Files.readString(out.resolve("episodes.csv"));
        assertTrue(episodes.contains(",break-taken"), "some sessions end with an accepted break");
        assertTrue(episodes.lines().filter(l -> l.startsWith("greedy-engagement,")).noneMatch(l -> l.endsWith(",break-taken")),
                "the entry without them is not affected");
        String resolved = Files.readString(out.resolve("config.resolved.json"));
        assertTrue(resolved.contains("\"acceptProbability\" : 1.0"), resolved);
        assertTrue(resolved.contains("\"boredStopProbability\" : 0.1"), resolved);
    }

    @Test
    void anUnknownOrBadUserSideInterventionExitsWithTwo(@TempDir Path dir) throws Exception {
        rejected(dir, "unknown", "[{\"type\": \"random\", \"environment\": [{\"type\": \"infinite-scroll-off\"}]}]",
                "$.agents[0].environment[0].type: unknown user-side intervention 'infinite-scroll-off'; known types:"
                        + " [break-prompt, autoplay-off] (ranking-side interventions wrap the agent instead: [diversify,"
                        + " harm-filter, explore, non-personalised, respect-not-interested])");
        rejected(dir, "range", "[{\"type\": \"random\", \"environment\": [{\"type\": \"break-prompt\","
                        + " \"acceptProbability\": 2}]}]",
                "$.agents[0].environment[0].acceptProbability: acceptProbability must be in [0.0, 1.0], got 2.0");
        rejected(dir, "inner", "[{\"type\": \"harm-filter\", \"agent\": {\"type\": \"random\", \"environment\":"
                        + " [{\"type\": \"autoplay-off\"}]}}]",
                "$.agents[0].agent.environment: user-side interventions wrap the environment of the whole entry: put"
                        + " them on the outermost agent");
    }

    @Test
    void anAutoplayOffSumOverOneBlamesTheKeyTheUserWrote(@TempDir Path dir) throws Exception {
        rejected(dir, "stop", "[{\"type\": \"random\", \"environment\": [{\"type\": \"autoplay-off\","
                        + " \"stopProbability\": 1}]}]",
                "$.agents[0].environment[0].stopProbability: stopProbability + boredStopProbability must be <= 1,"
                        + " got 1.0 + 0.1 (boredStopProbability defaults to 0.1)");
        rejected(dir, "bored", "[{\"type\": \"random\", \"environment\": [{\"type\": \"autoplay-off\","
                        + " \"boredStopProbability\": 0.99}]}]",
                "$.agents[0].environment[0].boredStopProbability: stopProbability + boredStopProbability must be"
                        + " <= 1, got 0.02 + 0.99 (stopProbability defaults to 0.02)");
        rejected(dir, "both", "[{\"type\": \"random\", \"environment\": [{\"type\": \"autoplay-off\","
                        + " \"stopProbability\": 0.5, \"boredStopProbability\": 0.6}]}]",
                "$.agents[0].environment[0].boredStopProbability: stopProbability + boredStopProbability must be"
                        + " <= 1, got 0.5 + 0.6");
    }
}
