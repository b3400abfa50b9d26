package org.feedgym.agents.bandit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.AgentContract;
import org.feedgym.agents.ContractWorld;
import org.feedgym.env.world.AgentFixtures;
import org.feedgym.env.world.Catalog;
import org.feedgym.env.StepOutcomes;
import org.junit.jupiter.api.Test;

class EpsilonGreedyAgentTest implements AgentContract {

    @Override
    public Agent create(AgentContext context) {
        return new EpsilonGreedyAgent(new EpsilonGreedyParameters(null, null, null), context);
    }

    @Test
    void withZeroEpsilonShowsTheTopicWithTheBestMeanReward() {
        Catalog catalog = ContractWorld.WORLD.catalog();
        int a = CatalogItems.ofTopic(catalog, 2, 0);
        int b = CatalogItems.ofTopic(catalog, 3, 0);
        EpsilonGreedyAgent agent = new EpsilonGreedyAgent(new EpsilonGreedyParameters(0.0, 0, "topic"),
                AgentContext.of(ContractWorld.WORLD, 1));
        AgentFixtures.Batch batch = new AgentFixtures.Batch(2, 2, 1).candidates(0, a, b).candidates(1, b, a);
        int[] actions = new int[2];
        agent.act(batch.view(), actions);
        StepOutcomes out = AgentFixtures.outcomes(2);
        AgentFixtures.shown(out, 0, a, 0.1, false, -0.5);
        AgentFixtures.shown(out, 1, b, 0.1, false, 0.25);
        agent.observe(out);
        agent.act(batch.view(), actions);
        // Means: topic 2 −0.5 (user 0 was shown a), topic 3 0.25: both users get topic 3.
        assertEquals(1, actions[0]);
        assertEquals(0, actions[1]);
        assertEquals(0.0, agent.currentEpsilon());
    }
}
