package org.feedgym.simulator.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfflineConfigLoaderTest {

    private final OfflineConfigLoader loader = new OfflineConfigLoader(AgentRegistry.builtIn());

    private LoadedOffline parse(String json) throws ConfigException {
        return loader.parse("c.json", json);
    }

    private String error(String json) {
        return assertThrows(ConfigException.class, () -> parse(json)).getMessage();
    }

    @Test
    void fillsEveryDefault() throws Exception {
        LoadedOffline l = parse("{\"name\": \"x\", \"source\": {\"type\": \"movielens\"}, \"recommenders\": [{\"type\": \"mf\"}]}");
        assertEquals(42L, l.config().seed());
        assertEquals(10, l.config().k());
        assertEquals(4.0, l.threshold());
        assertEquals("temporal", l.config().split().method());
        assertEquals(0.8, l.config().split().train());
        assertEquals("movielens-latest-small", l.config().source().path());
        assertEquals(32, l.config().source().dimensions());
        assertEquals("{\"type\":\"mf\",\"name\":\"mf\",\"factors\":16,\"epochs\":20,\"learningRate\":0.01,"
                + "\"regularization\":0.02}", l.resolved().get("recommenders").get(0).toString(),
                "the simulation-only parameters are left out");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "movielens | | 4.0",
        "kuairand | label | 1.0",
        "kuairand | watch-ratio | 1.0",
        "simulated | watch | 0.5",
        "simulated | like | 1.0",
    })
    void theDefaultThresholdFollowsTheSignal(String type, String signal, double threshold) throws Exception {
        String s = signal == null ? "" : ", \"signal\": \"" + signal + "\"";
        LoadedOffline l = parse("{\"name\": \"x\", \"source\": {\"type\": \"" + type + "\"" + s + "},"
                + " \"recommenders\": [{\"type\": \"random\"}]}");
        assertEquals(threshold, l.threshold());
    }

    @Test
    void twoTowerIsAcceptedOnKuaiRandBecauseItsCatalogFeaturesAreOptionalAndKeepsItsHistory() throws Exception {
        LoadedOffline l = parse("{\"name\": \"x\", \"source\": {\"type\": \"kuairand\"},"
                + " \"recommenders\": [{\"type\": \"two-tower\", \"history\": 30}]}");
        JsonNode resolved = l.resolved().get("recommenders").get(0);
        assertEquals(30, resolved.get("history").asInt());
        assertFalse(resolved.has("trainingUsers"), resolved.toString());
        assertFalse(resolved.has("signal"), resolved.toString());
    }

    @Test
    void theResolvedConfigLoadsBackToItself() throws Exception {
        LoadedOffline l = parse("""
                {"name": "x", "seed": 3, "source": {"type": "simulated", "users": 20, "world": {"catalog": {"items": 200}}},
                 "k": 5, "split": {"method": "random"},
                 "recommenders": [{"type": "random"}, {"type": "item-knn", "k": 7}, {"type": "mf", "name": "mf2"}]}
                """);
        String resolved = loader.mapper().writeValueAsString(l.resolved());
        LoadedOffline again = parse(resolved);
        assertEquals(l.resolved(), again.resolved());
        assertEquals(l.config(), again.config());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // An agent that reads hidden state.
        "`{\"name\": \"x\", \"source\": {\"type\": \"movielens\"}, \"recommenders\": [{\"type\": \"random\"}, {\"type\": \"oracle\"}]}`"
            + " | c.json: $.recommenders[1].type: agent type 'oracle' cannot rank items offline (it reads hidden user"
            + " state or learns only online); types that can: [random, popularity, content, user-profile, covisitation,"
            + " item-knn, user-knn, mf, two-tower]",
        // A simulation-only parameter.
        "`{\"name\": \"x\", \"source\": {\"type\": \"movielens\"}, \"recommenders\": [{\"type\": \"mf\", \"signal\": \"like\"}]}`"
            + " | c.json: $.recommenders[0].signal: applies only to simulation runs; offline, the log and its signal"
            + " come from $.source (and every ranked user is in the log)",
        // A parameter out of range, through the registry's strict parsing.
        "`{\"name\": \"x\", \"source\": {\"type\": \"movielens\"}, \"recommenders\": [{\"type\": \"item-knn\", \"k\": 0}]}`"
            + " | c.json: $.recommenders[0].k: k must be in [1, 1000], got 0",
        // Content on KuaiRand would read embeddings built from the test rows.
        "`{\"name\": \"x\", \"source\": {\"type\": \"kuairand\"}, \"recommenders\": [{\"type\": \"content\"}]}`"
            + " | c.json: $.recommenders[0].type: 'content' needs item embeddings, and source kuairand has none that"
            + " are independent of its log (its catalog embeds each video by the users who liked or hated it, test rows"
            + " included)",
        "`{\"name\": \"x\", \"source\": {\"type\": \"kuairand\"}, \"recommenders\": [{\"type\": \"user-profile\"}]}`"
            + " | c.json: $.recommenders[0].type: 'user-profile' needs item embeddings, and source kuairand has none"
            + " that are independent of its log (its catalog embeds each video by the users who liked or hated it, test"
            + " rows included)",
        "`{\"name\": \"x\", \"source\": {\"type\": \"simulated\", \"signal\": \"reward\"}, \"recommenders\": [{\"type\": \"random\"}]}`"
            + " | c.json: $.relevance.threshold: required for signal 'reward' (it has no natural scale), e.g."
            + " {\"threshold\": 0.3}",
        "`{\"name\": \"x\", \"source\": {\"type\": \"movielens\", \"signal\": \"label\"}, \"recommenders\": [{\"type\": \"random\"}]}`"
            + " | c.json: $.source.signal: signal must be one of [rating] for type movielens, got 'label'",
        "`{\"name\": \"x\", \"source\": {\"type\": \"kuairand\", \"dimensions\": 8}, \"recommenders\": [{\"type\": \"random\"}]}`"
            + " | c.json: $.source.dimensions: dimensions applies only to movielens sources, got 8 for type kuairand",
        "`{\"name\": \"x\", \"source\": {\"type\": \"movielens\"}, \"split\": {\"test\": 0.2}, \"recommenders\": [{\"type\": \"random\"}]}`"
            + " | c.json: $.split: train + validation + test must be 1, got 0.8 + 0.1 + 0.2",
        "`{\"name\": \"x\", \"source\": {\"type\": \"movielens\"}, \"k\": 0, \"recommenders\": [{\"type\": \"random\"}]}`"
            + " | c.json: $.k: k must be in [1, 1000], got 0",
        "`{\"name\": \"x\", \"source\": {\"type\": \"movielens\", \"paht\": \"a\"}, \"recommenders\": [{\"type\": \"random\"}]}`"
            + " | c.json: $.source.paht: unknown key 'paht' (did you mean 'path'?); allowed keys: [dimensions, loggingPolicy, maxUsers, path,"
            + " signal, strict, type, users, world]",
        "`{\"name\": \"x\", \"source\": {\"type\": \"movielens\"}, \"recommenders\": [{\"type\": \"random\"}, {\"type\": \"random\"}]}`"
            + " | c.json: $.recommenders[1].name: duplicate recommender name 'random': give each recommender of the"
            + " same type a distinct \"name\"",
        "`{\"name\": \"x\", \"recommenders\": [{\"type\": \"random\"}]}`"
            + " | c.json: $.source: source is required, e.g. {\"type\": \"movielens\"}",
    })
    void aBadConfigIsOneLineWithItsJsonPath(String json, String message) {
        assertEquals(message, error(json));
    }
}
