package org.feedgym.agents.bandit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.AgentContract;
import org.feedgym.agents.ContractWorld;
import org.feedgym.env.world.AgentFixtures;
import org.feedgym.env.world.Catalog;
import org.feedgym.env.StepOutcomes;
import org.junit.jupiter.api.Test;

class Ucb1AgentTest implements AgentContract {

    @Override
    public Agent create(AgentContext context) {
        return new Ucb1Agent(new Ucb1Parameters(null, null), context);
    }

    @Test
    void updatesTheTopicChosenAtActTimeWithTheStepReward() {
        Catalog catalog = ContractWorld.WORLD.catalog();
        int a = CatalogItems.ofTopic(catalog, 0, 0);
        int b = CatalogItems.ofTopic(catalog, 1, 0);
        Ucb1Agent agent = new Ucb1Agent(new Ucb1Parameters(1.0, "topic"), AgentContext.of(ContractWorld.WORLD, 1));
        AgentFixtures.Batch batch = new AgentFixtures.Batch(2, 2, 1).candidates(0, a, b).candidates(1, b, a).done(1, true);
        int[] actions = new int[2];

        agent.act(batch.view(), actions);
        assertEquals(0, actions[0], "both topics untried: the first position");
        StepOutcomes out = AgentFixtures.outcomes(2);
        AgentFixtures.shown(out, 0, a, 0.9, false, 0.8);
        agent.observe(out);
        assertEquals(1, agent.bandit().pulls(0));
        assertEquals(0, agent.bandit().pulls(1), "the inactive user's entry is not a pull");

        agent.act(batch.view(), actions);
        assertEquals(1, actions[0], "topic 1 is still untried");
        AgentFixtures.shown(out, 0, b, 0.2, false, 0.3);
        agent.observe(out);

        agent.act(batch.view(), actions);
        // t = 2, both pulled once: 0.8 + sqrt(2 ln 2) beats 0.3 + sqrt(2 ln 2).
        assertEquals(0, actions[0]);
        assertEquals(0.8 + Math.sqrt(2 * Math.log(2)), agent.bandit().index(0), 1e-12);
    }

    @Test
    void itemArmsAreCatalogIndices() {
        Ucb1Agent agent = new Ucb1Agent(new Ucb1Parameters(1.0, "item"), AgentContext.of(ContractWorld.WORLD, 1));
        assertEquals(ContractWorld.WORLD.catalog().size(), agent.bandit().armCount());
        AgentFixtures.Batch batch = new AgentFixtures.Batch(1, 2, 1).candidates(0, 17, 42);
        agent.act(batch.view(), new int[1]);
        StepOutcomes out = AgentFixtures.outcomes(1);
        AgentFixtures.shown(out, 0, 17, 0.5, false, 0.1);
        agent.observe(out);
        assertEquals(1, agent.bandit().pulls(17));
    }

    @Test
    void needsTheCatalog() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new Ucb1Agent(new Ucb1Parameters(null, null), new AgentContext(10, 100, 11, 1)));
        assertEquals("agent 'topic-ucb1' needs the item catalog: create its context with AgentContext.of(world, seed)",
                e.getMessage());
    }
}
