package org.feedgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.List;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.registry.AgentConfigException;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.agents.registry.ResolvedAgent;
import org.junit.jupiter.api.Test;

/** The DQN agents as the simulator reaches them: by registry id from JSON. */
class DqnRegistryTest {

    private final AgentRegistry registry = AgentRegistry.builtIn();

    /** The simulator's strict settings (simulator's {@code Json.strictMapper()}, which agents cannot see). */
    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        for (LogicalType t : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        return mapper;
    }

    private ResolvedAgent resolve(String json) throws Exception {
        ObjectMapper mapper = strictMapper();
        return registry.resolve(mapper, mapper.readTree(json), "$.agents[0]");
    }

    @Test
    void registersDqnAndDoubleDqnWithALoader() {
        assertTrue(registry.types().containsKey("dqn"));
        assertTrue(registry.types().containsKey("double-dqn"));
        assertTrue(registry.types().get("dqn").loader() != null);
        assertTrue(registry.types().get("double-dqn").loader() != null);
    }

    @Test
    void readsParametersFromJsonAndCreatesTheAgent() throws Exception {
        ResolvedAgent resolved = resolve("{\"type\": \"double-dqn\", \"hiddenLayers\": [32], \"gamma\": 0.95,"
                + " \"trainingSteps\": 1000, \"implementation\": \"rl4j\"}");
        DqnParameters p = (DqnParameters) resolved.parameters();
        assertEquals(List.of(32), p.hiddenLayers());
        assertEquals(0.95, p.gamma());
        assertEquals(1000, p.trainingSteps());
        assertEquals(DqnImplementation.RL4J, p.implementation());

        Agent agent = registry.create(resolved, new AgentContext(10, 89, 19, 1L));
        DqnAgent dqn = assertInstanceOf(DqnAgent.class, agent);
        assertEquals("double-dqn", dqn.type());
        assertTrue(dqn.isDouble());
    }

    @Test
    void writesEveryDefaultIntoTheResolvedConfig() throws Exception {
        ObjectNode json = registry.toJson(strictMapper(), resolve("{\"type\": \"dqn\"}"));
        assertEquals(0.9, json.get("gamma").asDouble());
        assertEquals(4, json.get("trainEvery").asInt());
        assertEquals("dl4j", json.get("implementation").asText());
        assertEquals(2, json.get("hiddenLayers").size());
    }

    @Test
    void rejectsAnOutOfRangeValueNamingTheRule() {
        AgentConfigException e = assertThrows(AgentConfigException.class,
                () -> resolve("{\"type\": \"dqn\", \"gamma\": 1.5}"));
        assertEquals("gamma must be in [0.0, 1.0], got 1.5", e.rule());
    }

    @Test
    void rejectsAnUnknownKeyWithItsPath() {
        AgentConfigException e = assertThrows(AgentConfigException.class,
                () -> resolve("{\"type\": \"dqn\", \"epsilon\": 0.1}"));
        assertEquals("$.agents[0].epsilon", e.path());
        assertTrue(e.rule().startsWith("unknown key 'epsilon'"), e.rule());
    }

    @Test
    void rejectsAStringWhereANumberBelongs() {
        AgentConfigException e = assertThrows(AgentConfigException.class,
                () -> resolve("{\"type\": \"dqn\", \"batchSize\": \"32\"}"));
        assertEquals("$.agents[0].batchSize", e.path());
    }

    @Test
    void rejectsAnUnknownImplementationNamingItsPathAndTheChoices() {
        AgentConfigException e = assertThrows(AgentConfigException.class,
                () -> resolve("{\"type\": \"dqn\", \"implementation\": \"tf\"}"));
        assertEquals("$.agents[0].implementation", e.path());
        assertEquals("implementation must be one of [dl4j, rl4j], got 'tf'", e.rule());
    }
}
