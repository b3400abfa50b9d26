package org.feedgym.agents.intervention;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.registry.AgentConfigException;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.agents.registry.ResolvedAgent;

/** Agents built from JSON entries through the built-in registry, as a config would build them. */
final class Wrapped {

    static final AgentRegistry REGISTRY = AgentRegistry.builtIn();
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Small settings of the types that train, so that a contract run takes seconds. */
    static final String DQN = "\"hiddenLayers\": [16], \"epsilonAnnealSteps\": 300, \"targetUpdatePeriod\": 100,"
            + " \"replaySize\": 1000, \"batchSize\": 16, \"trainingSteps\": 600, \"learningStarts\": 100";
    static final String ASYNC = "\"hiddenLayers\": [16], \"threads\": 1, \"trainingSteps\": 400";
    static final String LOGGED = "\"trainingUsers\": 40";
    static final String MF = "\"factors\": 4, \"epochs\": 5, \"trainingUsers\": 40";
    static final String TWO_TOWER = "\"embeddingSize\": 16, \"idEmbeddingSize\": 8, \"hiddenLayers\": [32],"
            + " \"epochs\": 2, \"batchSize\": 64, \"negatives\": 16, \"history\": 20, \"trainingUsers\": 40";

    private Wrapped() {
    }

    /** The entry {@code json} resolved at {@code $}. */
    static ResolvedAgent resolve(String json) {
        try {
            return REGISTRY.resolve(MAPPER, MAPPER.readTree(json), "$");
        } catch (AgentConfigException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** A fresh agent of the entry {@code json}. */
    static Agent create(String json, AgentContext context) {
        return REGISTRY.create(resolve(json), context);
    }

    /** The entry of an agent of {@code type} with {@code settings} (JSON members, possibly empty). */
    static String agent(String type, String settings) {
        return "{\"type\": \"" + type + "\"" + (settings.isEmpty() ? "" : ", " + settings) + "}";
    }

    /** The entry of intervention {@code type} with {@code settings} around {@code inner}. */
    static String wrap(String type, String settings, String inner) {
        return "{\"type\": \"" + type + "\"" + (settings.isEmpty() ? "" : ", " + settings) + ", \"agent\": " + inner
                + "}";
    }
}
