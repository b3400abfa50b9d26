package org.feedgym.simulator.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private final ConfigLoader loader = new ConfigLoader(AgentRegistry.builtIn());

    private String error(String json) {
        return assertThrows(ConfigException.class, () -> loader.parse("exp.json", json)).getMessage();
    }

    @Test
    void aValidConfigGetsEveryDefaultFilledIn() throws Exception {
        LoadedConfig c = loader.parse("exp.json", "{\"name\": \"x\", \"agents\": [{\"type\": \"random\"}]}");
        assertEquals(42L, c.config().seed());
        assertEquals(200, c.config().evaluation().users());
        assertEquals(10, c.resolved().at("/world/candidates/k").asInt());
        assertEquals(0.3, c.resolved().at("/world/reward/like").asDouble());
        assertEquals("random", c.resolved().at("/agents/0/name").asText());
    }

    @Test
    void theResolvedConfigRoundTrips() throws Exception {
        LoadedConfig first = loader.parse("exp.json", TestConfigs.SMALL);
        String resolved = loader.mapper().writeValueAsString(first.resolved());
        LoadedConfig second = loader.parse("config.resolved.json", resolved);
        assertEquals(first.resolved(), second.resolved());
        assertEquals(first.config().world(), second.config().world());
    }

    @Test
    void anUnknownKeyIsNamedWithItsPathAndTheAllowedKeys() {
        String m = error("{\"name\": \"x\", \"world\": {\"catalog\": {\"itemz\": 5}}, \"agents\": [{\"type\": \"random\"}]}");
        assertTrue(m.startsWith("exp.json: $.world.catalog.itemz: unknown key 'itemz' (did you mean 'items'?); allowed keys: ["), m);
        assertTrue(m.contains("items"), m);
    }

    @Test
    void aWrongTypeIsNamedWithItsPath() {
        String m = error("{\"name\": \"x\", \"evaluation\": {\"users\": \"many\"}, \"agents\": [{\"type\": \"random\"}]}");
        assertTrue(m.startsWith("exp.json: $.evaluation.users: expected an integer"), m);
    }

    @Test
    void aFloatWhereAnIntegerBelongsIsRejected() {
        String m = error("{\"name\": \"x\", \"world\": {\"candidates\": {\"k\": 2.5}}, \"agents\": [{\"type\": \"random\"}]}");
        assertTrue(m.startsWith("exp.json: $.world.candidates.k: expected an integer"), m);
    }

    @Test
    void aWrongValueIsQuotedAsWrittenWithoutLibraryWording() {
        assertEquals("exp.json: $.seed: expected an integer, got \"abc\"",
                error("{\"name\": \"x\", \"seed\": \"abc\", \"agents\": [{\"type\": \"random\"}]}"));
        String big = error("{\"name\": \"x\", \"world\": {\"catalog\": {\"items\": 1e12}}, \"agents\": [{\"type\": \"random\"}]}");
        assertTrue(big.startsWith("exp.json: $.world.catalog.items: expected an integer, got 1"), big);
        assertTrue(!big.contains("1.0E12") && !big.contains("Cannot") && !big.contains("java."), big);
    }

    @Test
    void wholeFloatsTooLargeIntegersAndNonNumbersGetRulesInWords() {
        assertEquals("exp.json: $.world.episode.days: expected an integer, got 3.0 (an integer is written without a"
                + " decimal point or exponent)", error("{\"name\": \"x\", \"world\": {\"episode\": {\"days\": 3.0}},"
                + " \"agents\": [{\"type\": \"random\"}]}"));
        assertEquals("exp.json: $.evaluation.users: expected an integer, got 1000000000000 (outside the integers up to"
                + " 2147483647)", error("{\"name\": \"x\", \"evaluation\": {\"users\": 1000000000000},"
                + " \"agents\": [{\"type\": \"random\"}]}"));
        String infinity = error("{\"name\": \"x\", \"world\": {\"reward\": {\"harmPenalty\": Infinity}},"
                + " \"agents\": [{\"type\": \"random\"}]}");
        assertTrue(infinity.endsWith("invalid JSON: Infinity is not a JSON number (JSON has no NaN or Infinity): write a"
                + " finite number"), infinity);
    }

    @Test
    void anExplicitNullIsRefusedAtItsPath() {
        assertEquals("exp.json: $.world.catalog: expected a value, got null (leave the key out for its default)",
                error("{\"name\": \"x\", \"world\": {\"catalog\": null}, \"agents\": [{\"type\": \"random\"}]}"));
        assertEquals("exp.json: $.sweep.grid['world.reward.harmPenalty'][1]: expected a value, got null (leave the key"
                + " out for its default)", error("{\"name\": \"x\", \"sweep\": {\"grid\": {\"world.reward.harmPenalty\":"
                + " [0, null]}}, \"agents\": [{\"type\": \"random\"}]}"));
    }

    @Test
    void aComparisonPersonaMustBeInThePopulation() {
        String m = error("{\"name\": \"x\", \"comparison\": {\"vulnerable\": \"alien\"}, \"agents\": [{\"type\": \"random\"}]}");
        assertEquals("exp.json: $.comparison.vulnerable: unknown persona 'alien'; personas in this config's population:"
                + " [adult, teen, teen-vulnerable]", m);
        String c = error("{\"name\": \"x\", \"world\": {\"users\": {\"personas\": {\"adult\": 0.5, \"teen\": 0.5}}},"
                + " \"comparison\": {\"vulnerable\": \"teen\", \"control\": \"ghost\"}, \"agents\": [{\"type\": \"random\"}]}");
        assertEquals("exp.json: $.comparison.control: unknown persona 'ghost'; personas in this config's population:"
                + " [adult, teen]", c);
    }

    @Test
    void anOutOfRangeValueNamesPathRuleAndValue() {
        String m = error("{\"name\": \"x\", \"world\": {\"candidates\": {\"k\": 0}}, \"agents\": [{\"type\": \"random\"}]}");
        assertEquals("exp.json: $.world.candidates.k: k must be in [2, 500], got 0", m);
    }

    @Test
    void invalidJsonNamesLineAndColumn() {
        String m = error("{\n  \"name\": \"x\",\n  \"agents\": [\n}");
        assertTrue(m.startsWith("exp.json: line 4, column 1: invalid JSON"), m);
    }

    @Test
    void duplicateKeysAreRejected() {
        String m = error("{\"name\": \"x\", \"name\": \"y\", \"agents\": [{\"type\": \"random\"}]}");
        assertTrue(m.contains("Duplicate field 'name'"), m);
    }

    @Test
    void anUnknownAgentTypeListsTheKnownTypes() {
        String m = error("{\"name\": \"x\", \"agents\": [{\"type\": \"random\"}, {\"type\": \"magic\"}]}");
        assertTrue(m.startsWith("exp.json: $.agents[1].type: unknown agent type 'magic'; known types: [random,"), m);
    }

    @Test
    void aMisspeltAgentTypeOrComparisonPersonaGetsTheNearestName() {
        String m = error("{\"name\": \"x\", \"agents\": [{\"type\": \"linucbb\"}]}");
        assertTrue(m.startsWith("exp.json: $.agents[0].type: unknown agent type 'linucbb' (did you mean 'linucb'?);"
                + " known types: [random,"), m);
        String p = error("{\"name\": \"x\", \"comparison\": {\"vulnerable\": \"teen-vulnerabel\"}, \"agents\":"
                + " [{\"type\": \"random\"}]}");
        assertEquals("exp.json: $.comparison.vulnerable: unknown persona 'teen-vulnerabel' (did you mean"
                + " 'teen-vulnerable'?); personas in this config's population: [adult, teen, teen-vulnerable]", p);
    }

    @Test
    void anUnknownAgentParameterIsNamedWithItsPath() {
        String m = error("{\"name\": \"x\", \"agents\": [{\"type\": \"random\", \"temperature\": 2}]}");
        assertTrue(m.startsWith("exp.json: $.agents[0].temperature: unknown key 'temperature'"), m);
    }

    @Test
    void twoAgentsWithTheSameNameAreRejected() {
        String m = error("{\"name\": \"x\", \"agents\": [{\"type\": \"random\"}, {\"type\": \"random\"}]}");
        assertTrue(m.startsWith("exp.json: $.agents[1].name: duplicate agent name 'random'"), m);
    }

    @Test
    void anExperimentWithoutAgentsIsRejected() {
        String m = error("{\"name\": \"x\", \"agents\": []}");
        assertTrue(m.contains("agents must list at least one agent"), m);
    }

    @Test
    void anEmptyFileIsRejected() {
        assertEquals("exp.json: $: the file is empty; expected a JSON object", error(""));
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        String m = assertThrows(ConfigException.class, () -> loader.load(missing)).getMessage();
        assertEquals(missing + ": file: does not exist", m);
        Path relative = Path.of("no-such-folder", "nope.json");
        String r = assertThrows(ConfigException.class, () -> loader.load(relative)).getMessage();
        assertEquals(relative + ": file: does not exist (a relative path is read from the working directory, "
                + Path.of("").toAbsolutePath() + ")", r);
    }

    @Test
    void aNameThatCannotNameADirectoryIsRejected(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("c.json");
        Files.writeString(f, "{\"name\": \"../evil\", \"agents\": [{\"type\": \"random\"}]}");
        String m = assertThrows(ConfigException.class, () -> loader.load(f)).getMessage();
        assertTrue(m.contains("$.name: name must be 1-100 characters"), m);
    }
}
