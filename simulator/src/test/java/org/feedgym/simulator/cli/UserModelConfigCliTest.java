package org.feedgym.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.feedgym.simulator.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code world.userModel} and {@code world.users.defs} through the CLI: errors name the JSON path. */
class UserModelConfigCliTest {

    private static final String CANDIDATES = "\"candidates\": {\"k\": 6, \"popularPool\": 40}";

    private static String withWorld(String extra) {
        return TestConfigs.SMALL.replace(CANDIDATES, CANDIDATES + ", " + extra);
    }

    /** Runs {@code text} and expects exit 2 with exactly {@code message} after the file name, nothing written. */
    private static void rejected(Path dir, String name, String text, String message) throws Exception {
        Path config = dir.resolve(name + ".json");
        Files.writeString(config, text);
        Path out = dir.resolve(name + "-out");
        CliRun.Outcome o = CliRun.cli("run", config.toString(), "--out", out.toString());
        assertEquals(2, o.code(), o.err());
        assertEquals("error: " + config + ": " + message, o.err().strip());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void anUnknownResponseTypeExitsWithTwoNamingThePathAndTheKnownTypes(@TempDir Path dir) throws Exception {
        rejected(dir, "type", withWorld("\"userModel\": {\"response\": {\"type\": \"gamma-watch\"}}"),
                "$.world.userModel.response.type: unknown response type 'gamma-watch';"
                        + " known types: [logistic-watch, lognormal-watch, sock-puppet]");
    }

    @Test
    void anOutOfRangeParameterExitsWithTwoNamingItsPathAndTheRule(@TempDir Path dir) throws Exception {
        rejected(dir, "range", withWorld("\"userModel\": {\"response\": {\"affinity\": 50}}"),
                "$.world.userModel.response.affinity: affinity must be in [-20.0, 20.0], got 50.0");
        rejected(dir, "cap", withWorld("\"userModel\": {\"response\": {\"type\": \"lognormal-watch\", \"watchCap\": 50}}"),
                "$.world.userModel.response.watchCap: watchCap must be in [1.0, 20.0], got 50.0");
        rejected(dir, "key", withWorld("\"userModel\": {\"exit\": {\"slop\": 1}}"),
                "$.world.userModel.exit.slop: unknown key 'slop' (did you mean 'slope'?); allowed keys: [base, slope, type]");
        rejected(dir, "persona", withWorld("\"users\": {\"defs\": {\"owl\": {\"driftRate\": 2}}}"),
                "$.world.users.defs.owl.driftRate: driftRate must be in [0.0, 1.0], got 2.0");
    }

    @Test
    void theExitRulesComparisonIsCheckedWithItsPath(@TempDir Path dir) throws Exception {
        rejected(dir, "exit-on", withWorld("\"users\": {\"historyLength\": 3, \"exitWindow\": 1, \"exitOn\": \"tag\"}"),
                "$.world.users.exitOn: exitOn must be 'topic' or 'any-category', got 'tag'");
        rejected(dir, "exit-on-alone", withWorld("\"users\": {\"exitOn\": \"topic\"}"),
                "$.world.users.exitOn: exitOn needs an exitWindow");
        rejected(dir, "exit-on-lists", withWorld("\"users\": {\"historyLength\": 3, \"exitWindow\": 1,"
                        + " \"exitOn\": \"any-category\"}"),
                "$.world.users.exitOn: exitOn 'any-category' needs a catalog whose items carry category lists"
                        + " (kuairec); catalog type is synthetic");
    }

    @Test
    void theResolvedConfigListsEveryUserModelParameterAndADefinedPersonaRuns(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("ok.json");
        Files.writeString(config, withWorld("\"userModel\": {\"response\": {\"type\": \"lognormal-watch\"}},"
                + " \"users\": {\"defs\": {\"night-owl-teen\": {\"harmAttraction\": 0.6}},"
                + " \"personas\": {\"adult\": 1, \"night-owl-teen\": 1}}"));
        Path out = dir.resolve("out");
        CliRun.Outcome o = CliRun.cli("run", config.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, o.code(), o.err());
        JsonNode resolved;
        try (var files = Files.walk(out)) {
            Path file = files.filter(p -> p.getFileName().toString().equals("config.resolved.json")).findFirst()
                    .orElseThrow();
            resolved = new ObjectMapper().readTree(file.toFile());
        }
        JsonNode model = resolved.at("/world/userModel");
        assertEquals(List.of("response", "signals", "negative", "transition", "exit", "returns", "budget",
                        "sampler"),
                iterate(model.fieldNames()));
        assertEquals("lognormal-watch", model.at("/response/type").asText());
        assertEquals(5.0, model.at("/response/watchCap").asDouble());
        assertEquals(0.25, model.at("/signals/likeRate").asDouble());
        assertEquals(0.6, resolved.at("/world/users/defs/night-owl-teen/harmAttraction").asDouble());
        String episodes;
        try (var files = Files.walk(out)) {
            episodes = Files.readString(files.filter(p -> p.getFileName().toString().equals("episodes.csv"))
                    .findFirst().orElseThrow());
        }
        assertTrue(episodes.lines().findFirst().orElseThrow().contains(",downloads,hates,"), "hates column");
        assertTrue(episodes.contains(",night-owl-teen,"), "the defined persona was simulated");
    }

    @Test
    void aSweepCanVaryAUserModelParameterAndChecksEveryValue(@TempDir Path dir) throws Exception {
        String sweep = TestConfigs.SMALL.replace("\"agents\": [",
                "\"sweep\": {\"list\": [{\"world.userModel.response.affinity\": 1.0},"
                        + " {\"world.userModel.response.affinity\": 6.0}]}, \"agents\": [");
        Path good = dir.resolve("sweep.json");
        Files.writeString(good, sweep);
        CliRun.Outcome ok = CliRun.cli("validate", good.toString());
        assertEquals(0, ok.code(), ok.err());
        Path bad = dir.resolve("bad-sweep.json");
        Files.writeString(bad, sweep.replace("6.0}", "60.0}"));
        CliRun.Outcome o = CliRun.cli("validate", bad.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("affinity must be in [-20.0, 20.0], got 60.0"), o.err());
    }

    private static List<String> iterate(java.util.Iterator<String> it) {
        List<String> l = new java.util.ArrayList<>();
        it.forEachRemaining(l::add);
        return l;
    }
}
