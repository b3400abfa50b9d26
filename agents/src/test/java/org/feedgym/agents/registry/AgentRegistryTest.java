package org.feedgym.agents.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.ContractWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentRegistryTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private static final List<String> IDS = List.of("random", "popularity", "greedy-engagement", "oracle",
            "topic-epsilon-greedy", "topic-ucb1", "user-ucb", "user-epsilon-greedy", "thompson", "linucb", "linear-thompson",
            "content", "user-profile", "covisitation", "item-knn", "user-knn", "mf", "two-tower", "dqn", "double-dqn", "nstep-q", "a3c");

    private static ResolvedAgent resolve(String json) throws Exception {
        return AgentRegistry.builtIn().resolve(MAPPER, MAPPER.readTree(json), "$.agents[0]");
    }

    @Test
    void registersEveryBuiltInAgentInOrder() {
        List<String> all = new java.util.ArrayList<>(IDS);
        all.addAll(List.of("diversify", "harm-filter", "explore", "non-personalised",
                "respect-not-interested"));
        all.add(AgentRegistry.SAVED);
        assertEquals(all, List.copyOf(AgentRegistry.builtIn().types().keySet()));
    }

    @Test
    void everyTypeResolvesWithDefaultsRoundTripsAndCreatesAnAgentOfItsType() throws Exception {
        AgentRegistry registry = AgentRegistry.builtIn();
        for (String id : IDS) {
            ResolvedAgent resolved = resolve("{\"type\": \"" + id + "\"}");
            ResolvedAgent again = registry.resolve(MAPPER, registry.toJson(MAPPER, resolved), "$");
            assertEquals(resolved, again, id + " round trip");
            Agent agent = registry.create(resolved, AgentContext.of(ContractWorld.WORLD, 1));
            assertEquals(id, agent.type());
        }
    }

    @Test
    void writesEveryDefaultIntoTheResolvedJson() throws Exception {
        AgentRegistry registry = AgentRegistry.builtIn();
        assertEquals("{\"type\":\"mf\",\"name\":\"mf\",\"factors\":16,\"epochs\":20,\"learningRate\":0.01,"
                        + "\"regularization\":0.02,\"history\":50,\"trainingUsers\":500,\"loggingPolicy\":\"random\","
                        + "\"signal\":\"watch\"}",
                MAPPER.writeValueAsString(registry.toJson(MAPPER, resolve("{\"type\": \"mf\"}"))));
        assertEquals("{\"type\":\"linucb\",\"name\":\"linucb\",\"alpha\":1.0,\"lambda\":1.0,\"model\":\"shared\"}",
                MAPPER.writeValueAsString(registry.toJson(MAPPER, resolve("{\"type\": \"linucb\"}"))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\": \"topic-epsilon-greedy\", \"epsilon\": 1.5} | epsilon must be in [0.0, 1.0], got 1.5",
        "{\"type\": \"topic-epsilon-greedy\", \"arms\": \"user\"} | arms must be one of [topic, item], got 'user'",
        "{\"type\": \"topic-ucb1\", \"c\": -1}                | c must be >= 0, got -1.0",
        "{\"type\": \"linucb\", \"alpha\": -1}                | alpha must be >= 0, got -1.0",
        "{\"type\": \"linucb\", \"lambda\": 0}                | lambda must be > 0, got 0.0",
        "{\"type\": \"linucb\", \"model\": \"hybrid\"}        | model must be one of [shared, disjoint], got 'hybrid'",
        "{\"type\": \"linear-thompson\", \"v\": -0.1}         | v must be >= 0, got -0.1",
        "{\"type\": \"thompson\", \"priorBeta\": 0}           | priorBeta must be > 0, got 0.0",
        "{\"type\": \"thompson\", \"success\": \"share\"}     | success must be one of [watch, like], got 'share'",
        "{\"type\": \"user-knn\", \"k\": 0}                   | k must be in [1, 1000], got 0",
        "{\"type\": \"item-knn\", \"history\": 0}             | history must be in [1, 200], got 0",
        "{\"type\": \"covisitation\", \"window\": 0}          | window must be in [1, 100], got 0",
        "{\"type\": \"mf\", \"learningRate\": 0}              | learningRate must be > 0, got 0.0",
        "{\"type\": \"mf\", \"learningRate\": 2.0}            | learningRate must be in (0, 1], got 2.0",
        "{\"type\": \"mf\", \"factors\": 0}                   | factors must be in [1, 256], got 0",
        "{\"type\": \"mf\", \"loggingPolicy\": \"oracle\"}    | loggingPolicy must be one of [random, popularity], got 'oracle'",
        "{\"type\": \"user-profile\", \"signal\": \"share\"}  | signal must be one of [watch, reward, like], got 'share'",
        "{\"type\": \"two-tower\", \"temperature\": 0}        | temperature must be in (0.0, 10.0], got 0.0",
        "{\"type\": \"two-tower\", \"learningRate\": 1.5}     | learningRate must be in (0.0, 1.0], got 1.5",
        "{\"type\": \"two-tower\", \"embeddingSize\": 0}      | embeddingSize must be in [1, 512], got 0",
        "{\"type\": \"two-tower\", \"idEmbeddingSize\": -1}   | idEmbeddingSize must be in [0, 512], got -1",
        "{\"type\": \"two-tower\", \"hiddenLayers\": [64, 0]} | hiddenLayers[1] must be in [1, 1024], got 0",
        "{\"type\": \"two-tower\", \"hiddenLayers\": [1, 1, 1, 1, 1]} | hiddenLayers must list 0 to 4 layer sizes, got 5",
        "{\"type\": \"two-tower\", \"batchSize\": 1}          | batchSize must be in [2, 4096], got 1",
        "{\"type\": \"two-tower\", \"negatives\": -1}         | negatives must be in [0, 10000], got -1",
        "{\"type\": \"two-tower\", \"l2\": -0.1}              | l2 must be in [0.0, 1.0], got -0.1",
        "{\"type\": \"two-tower\", \"history\": 0}            | history must be in [1, 200], got 0",
        "{\"type\": \"two-tower\", \"signal\": \"share\"}     | signal must be one of [watch, reward, like], got 'share'",
    })
    void rejectsAnOutOfRangeParameterWithItsRule(String json, String rule) {
        AgentConfigException e = assertThrows(AgentConfigException.class, () -> resolve(json));
        assertEquals(rule, e.rule());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ucb1           | topic-ucb1           | user-ucb",
        "epsilon-greedy | topic-epsilon-greedy | user-epsilon-greedy"})
    void rejectsARenamedTypeNamingItsNewNameAndTheUserConditionedOne(String old, String renamed, String user) {
        AgentConfigException e = assertThrows(AgentConfigException.class,
                () -> resolve("{\"type\": \"" + old + "\"}"));
        assertEquals("$.agents[0].type", e.path());
        assertTrue(e.rule().startsWith("agent type '" + old + "' was renamed '" + renamed + "'"), e.rule());
        assertTrue(e.rule().contains("use '" + user + "'"), e.rule());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\": \"user-ucb\", \"c\": -1}                   | c must be >= 0, got -1.0",
        "{\"type\": \"user-ucb\", \"lambda\": 0}               | lambda must be > 0, got 0.0",
        "{\"type\": \"user-epsilon-greedy\", \"epsilon\": 2}   | epsilon must be in [0.0, 1.0], got 2.0",
        "{\"type\": \"user-epsilon-greedy\", \"signal\": \"x\"} | signal must be one of [watch, reward, like], got 'x'"})
    void rejectsOutOfRangeUserConditionedBanditParameters(String json, String rule) {
        AgentConfigException e = assertThrows(AgentConfigException.class, () -> resolve(json));
        assertEquals(rule, e.rule());
    }

    @Test
    void rejectsAnUnknownKeyListingTheAllowedOnes() {
        AgentConfigException e = assertThrows(AgentConfigException.class,
                () -> resolve("{\"type\": \"topic-ucb1\", \"epsilon\": 0.1}"));
        assertEquals("$.agents[0].epsilon", e.path());
        assertEquals("unknown key 'epsilon'; allowed keys: [arms, c, environment, name, type]", e.rule());
    }

    @Test
    void rejectsAnUnknownTwoTowerKeyAtItsPathListingTheAllowedOnes() {
        AgentConfigException e = assertThrows(AgentConfigException.class,
                () -> resolve("{\"type\": \"two-tower\", \"layers\": [64]}"));
        assertEquals("$.agents[0].layers", e.path());
        assertEquals("unknown key 'layers'; allowed keys: [batchSize, catalogFeatures, embeddingSize, environment,"
                + " epochs, hiddenLayers, history, idEmbeddingSize, l2, learningRate, logQCorrection, loggingPolicy, name,"
                + " negatives, positiveThreshold, signal, temperature, trainingUsers, type]", e.rule());
    }

    @Test
    void anInterventionsUnknownKeyListsItsEntryKeysAndAKeyOfANestedObjectDoesNot() {
        AgentConfigException e = assertThrows(AgentConfigException.class,
                () -> resolve("{\"type\": \"harm-filter\", \"agent\": {\"type\": \"popularity\"}, \"recal\": 0.5}"));
        assertTrue(e.rule().startsWith("unknown key 'recal' (did you mean 'recall'?); allowed keys: ["), e.rule());
        for (String key : new String[] {"agent", "environment", "name", "type"}) {
            assertTrue(e.rule().contains(key), key + " in " + e.rule());
        }
    }

    @Test
    void aUserSideInterventionListedTwiceIsRefused() {
        AgentConfigException e = assertThrows(AgentConfigException.class, () -> resolve("{\"type\": \"popularity\","
                + " \"environment\": [{\"type\": \"autoplay-off\"}, {\"type\": \"autoplay-off\"}]}"));
        assertEquals("$.agents[0].environment[1].type", e.path());
        assertEquals("user-side intervention 'autoplay-off' is listed twice (each applies once per entry; tune its"
                + " parameters instead)", e.rule());
    }

    @Test
    void rejectsAFloatForAnIntegerParameter() {
        AgentConfigException e = assertThrows(AgentConfigException.class,
                () -> resolve("{\"type\": \"user-knn\", \"k\": 2.5}"));
        assertEquals("$.agents[0].k", e.path());
    }

    @Test
    void exactlyTheOfflineTypesCreateOfflineScorers() throws Exception {
        AgentRegistry registry = AgentRegistry.builtIn();
        for (String id : IDS) {
            ResolvedAgent resolved = resolve("{\"type\": \"" + id + "\"}");
            if (AgentRegistry.OFFLINE_TYPES.contains(id)) {
                assertEquals(id, registry.createScorer(resolved, 1, ContractWorld.WORLD.catalog()).type());
            } else {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> registry.createScorer(resolved, 1, ContractWorld.WORLD.catalog()));
                assertEquals("agent type '" + id + "' cannot rank items offline; types that can: "
                        + AgentRegistry.OFFLINE_TYPES, e.getMessage());
            }
        }
    }

    @Test
    void everyBuiltInTypeCanBeLoadedOnceSaved() {
        List<String> notLoadable = AgentRegistry.builtIn().types().values().stream()
                .filter(t -> t.loader() == null && !t.type().equals(AgentRegistry.SAVED))
                .map(AgentType::type).toList();
        assertEquals(List.of(), notLoadable, "types without a loader");
    }

    @Test
    void aUserSideEntryWithItsOwnNameKeepsTheBareRankerInside() throws Exception {
        AgentRegistry registry = AgentRegistry.builtIn();
        ResolvedAgent named = registry.resolve(MAPPER, MAPPER.readTree("{\"type\": \"greedy-engagement\","
                + " \"name\": \"bp0\", \"environment\": [{\"type\": \"break-prompt\"}]}"), "$.agents[1]");
        assertEquals("bp0", named.name());
        assertEquals("greedy-engagement", named.ranker());
        assertTrue(named.isIntervention());
        ResolvedAgent unnamed = registry.resolve(MAPPER, MAPPER.readTree("{\"type\": \"greedy-engagement\","
                + " \"environment\": [{\"type\": \"break-prompt\"}]}"), "$.agents[2]");
        assertEquals("break-prompt(greedy-engagement)", unnamed.name());
        assertEquals(unnamed.ranker(), named.ranker());
        // A bare entry with its own name is its own ranker.
        ResolvedAgent bare = registry.resolve(MAPPER, MAPPER.readTree("{\"type\": \"greedy-engagement\","
                + " \"name\": \"ge\"}"), "$.agents[0]");
        assertEquals("ge", bare.ranker());
        assertTrue(!bare.isIntervention());
    }

    @Test
    void aSavedEntryWithoutAPathNamesTheRule() {
        AgentConfigException e = assertThrows(AgentConfigException.class, () -> AgentRegistry.builtIn().resolve(
                MAPPER, MAPPER.readTree("{\"type\": \"saved\"}"), "$.agents[3]"));
        assertEquals("$.agents[3].path", e.path());
        assertEquals("path is required: the directory of a saved agent", e.rule());
    }
}
