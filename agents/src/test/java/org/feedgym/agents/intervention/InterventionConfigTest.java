package org.feedgym.agents.intervention;

import static org.feedgym.agents.intervention.Wrapped.agent;
import static org.feedgym.agents.intervention.Wrapped.wrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.feedgym.agents.registry.AgentConfigException;
import org.feedgym.agents.registry.InterventionParameters;
import org.feedgym.agents.registry.ResolvedAgent;
import org.junit.jupiter.api.Test;

/** Intervention entries of a config: names, defaults, the resolved JSON and the errors. */
class InterventionConfigTest {

    private static AgentConfigException rejected(String json) {
        return assertThrows(AgentConfigException.class,
                () -> Wrapped.REGISTRY.resolve(Wrapped.MAPPER, Wrapped.MAPPER.readTree(json), "$.agents[2]"));
    }

    @Test
    void aWrapperIsNamedTypeOfInnerByDefaultAndComposes() {
        ResolvedAgent r = Wrapped.resolve(wrap("harm-filter", "", wrap("diversify", "", agent("mf", ""))));
        assertEquals("harm-filter(diversify(mf))", r.name());
        InterventionParameters p = (InterventionParameters) r.parameters();
        assertEquals("diversify(mf)", p.agent().name());
        assertEquals(new HarmFilterParameters(0.9, 0.05, null, null, 1L), p.own());
    }

    @Test
    void aWrapperKeepsAGivenNameAndNamesItsInnerAgentByItsOwnName() {
        ResolvedAgent r = Wrapped.resolve(wrap("explore", "\"name\": \"nudged\"",
                "{\"type\": \"random\", \"name\": \"coin\"}"));
        assertEquals("nudged", r.name());
        assertEquals("coin", ((InterventionParameters) r.parameters()).agent().name());
        assertEquals("explore(coin)", Wrapped.resolve(wrap("explore", "", "{\"type\": \"random\", \"name\": \"coin\"}"))
                .name());
    }

    @Test
    void theResolvedJsonNestsTheInnerAgentAndResolvesToTheSameAgent() {
        ResolvedAgent r = Wrapped.resolve(wrap("diversify", "\"topicCap\": 2", agent("greedy-engagement", "")));
        ObjectNode json = Wrapped.REGISTRY.toJson(Wrapped.MAPPER, r);
        assertEquals("diversify", json.get("type").asText());
        assertEquals(2, json.get("topicCap").asInt());
        assertEquals(5, json.get("window").asInt());
        assertEquals("greedy-engagement", json.get("agent").get("name").asText());
        assertEquals(r, Wrapped.resolve(json.toString()));
    }

    @Test
    void aWrapperWithoutAnInnerAgentIsRejectedAtItsAgentPath() {
        AgentConfigException e = rejected("{\"type\": \"harm-filter\", \"recall\": 0.5}");
        assertEquals("$.agents[2].agent", e.path());
        assertTrue(e.rule().startsWith("required: the agent intervention 'harm-filter' wraps"), e.rule());
    }

    @Test
    void aWrapperDirectlyInsideItselfIsRejected() {
        AgentConfigException e = rejected(wrap("diversify", "", wrap("diversify", "", agent("mf", ""))));
        assertEquals("$.agents[2].agent.type", e.path());
        assertTrue(e.rule().contains("intervention 'diversify' cannot wrap itself"), e.rule());
    }

    @Test
    void aWrapperDeeperInsideItselfIsRejectedAtTheInnerOccurrence() {
        AgentConfigException e = rejected(wrap("explore", "",
                wrap("harm-filter", "", wrap("explore", "", agent("random", "")))));
        assertEquals("$.agents[2].agent.agent.type", e.path());
    }

    @Test
    void recallOutsideTheUnitIntervalIsRejectedAtItsPath() {
        AgentConfigException e = rejected(wrap("harm-filter", "\"recall\": 1.5", agent("random", "")));
        assertEquals("$.agents[2].recall", e.path());
        assertEquals("recall must be in [0.0, 1.0], got 1.5", e.rule());
    }

    @Test
    void aFalsePositiveRateOutsideTheUnitIntervalIsRejectedAtItsPath() {
        AgentConfigException e = rejected(wrap("harm-filter", "\"falsePositiveRate\": -0.1", agent("random", "")));
        assertEquals("$.agents[2].falsePositiveRate", e.path());
        assertEquals("falsePositiveRate must be in [0.0, 1.0], got -0.1", e.rule());
    }

    @Test
    void anInnerAgentsErrorsKeepTheirNestedPath() {
        AgentConfigException e = rejected(wrap("diversify", "", wrap("harm-filter", "\"recall\": 2",
                agent("random", ""))));
        assertEquals("$.agents[2].agent.recall", e.path());
    }

    @Test
    void anUnknownTypeListsTheInterventions() {
        AgentConfigException e = rejected(wrap("moderate", "", agent("random", "")));
        assertEquals("$.agents[2].type", e.path());
        assertTrue(e.rule().contains("interventions, wrapping an \"agent\": [diversify, harm-filter, explore,"
                + " non-personalised, respect-not-interested]"), e.rule());
    }

    @Test
    void respectNotInterestedRejectsAStrengthOutsideZeroToOneAndAZeroHalfLife() {
        AgentConfigException strength = rejected(wrap("respect-not-interested", "\"strength\": 1.5",
                agent("random", "")));
        assertEquals("$.agents[2].strength", strength.path());
        assertTrue(strength.rule().contains("strength must be in [0.0, 1.0], got 1.5"), strength.rule());
        AgentConfigException halfLife = rejected(wrap("respect-not-interested", "\"halfLifeSteps\": 0",
                agent("random", "")));
        assertEquals("$.agents[2].halfLifeSteps", halfLife.path());
    }

    @Test
    void diversifyTakesOneModeOnly() {
        AgentConfigException e = rejected(wrap("diversify", "\"diversityWeight\": 0.3, \"topicCap\": 1",
                agent("random", "")));
        assertEquals("$.agents[2].topicCap", e.path());
        assertTrue(e.rule().contains("not both"), e.rule());
    }

    @Test
    void aTopicCapThatCannotBindIsRejected() {
        AgentConfigException whole = rejected(wrap("diversify", "\"topicCap\": 5, \"window\": 5",
                agent("random", "")));
        assertEquals("$.agents[2].topicCap", whole.path());
        assertTrue(whole.rule().contains("must be below window (5), got 5"), whole.rule());
        AgentConfigException single = rejected(wrap("diversify", "\"topicCap\": 1, \"window\": 1",
                agent("random", "")));
        assertEquals("$.agents[2].window", single.path());
        assertTrue(single.rule().contains("must be at least 2 with topicCap"), single.rule());
        // The largest cap that can bind is accepted.
        Wrapped.resolve(wrap("diversify", "\"topicCap\": 4, \"window\": 5", agent("random", "")));
    }

    @Test
    void anUnknownWrapperKeyIsRejectedWithTheAllowedKeys() {
        AgentConfigException e = rejected(wrap("explore", "\"eps\": 0.1", agent("random", "")));
        assertEquals("$.agents[2].eps", e.path());
        assertTrue(e.rule().endsWith("allowed keys: [agent, environment, epsilon, name, topTopics, type, window]"), e.rule());
    }
}
