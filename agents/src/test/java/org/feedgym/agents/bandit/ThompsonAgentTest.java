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

class ThompsonAgentTest implements AgentContract {

    @Override
    public Agent create(AgentContext context) {
        return new ThompsonAgent(new ThompsonParameters(null, null, null, null, null), context);
    }

    private static int showAndObserve(ThompsonAgent agent, int item, double watch, boolean liked) {
        AgentFixtures.Batch batch = new AgentFixtures.Batch(1, 1, 1).candidates(0, item);
        agent.act(batch.view(), new int[1]);
        StepOutcomes out = AgentFixtures.outcomes(1);
        AgentFixtures.shown(out, 0, item, watch, liked, 0);
        agent.observe(out);
        return ContractWorld.WORLD.catalog().topic(item);
    }

    @Test
    void countsAWatchFractionStrictlyAboveTheThresholdAsASuccess() {
        Catalog catalog = ContractWorld.WORLD.catalog();
        ThompsonAgent agent = new ThompsonAgent(new ThompsonParameters("topic", "watch", 0.5, 1.0, 1.0),
                AgentContext.of(ContractWorld.WORLD, 1));
        int item = CatalogItems.ofTopic(catalog, 4, 0);
        int topic = showAndObserve(agent, item, 0.6, false);
        // Beta(1 + 1, 1 + 0): mean 2/3.
        assertEquals(2.0 / 3, agent.posteriorMean(topic), 1e-12);
        showAndObserve(agent, item, 0.5, true);
        // 0.5 is not above 0.5: Beta(2, 2), mean 1/2.
        assertEquals(0.5, agent.posteriorMean(topic), 1e-12);
    }

    @Test
    void withLikeAsSuccessIgnoresTheWatchFraction() {
        ThompsonAgent agent = new ThompsonAgent(new ThompsonParameters("item", "like", null, 2.0, 2.0),
                AgentContext.of(ContractWorld.WORLD, 1));
        showAndObserve(agent, 7, 1.0, false);
        showAndObserve(agent, 7, 0.0, true);
        // Beta(2 + 1, 2 + 1): mean 1/2.
        assertEquals(0.5, agent.posteriorMean(7), 1e-12);
    }
}
