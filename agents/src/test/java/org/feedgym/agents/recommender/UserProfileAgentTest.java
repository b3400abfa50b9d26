package org.feedgym.agents.recommender;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.AgentContract;
import org.feedgym.agents.ContractWorld;
import org.feedgym.env.world.AgentFixtures;
import org.feedgym.env.world.Catalog;
import org.junit.jupiter.api.Test;

class UserProfileAgentTest implements AgentContract {

    @Override
    public Agent create(AgentContext context) {
        return new UserProfileAgent(new UserProfileParameters(null), context);
    }

    @Test
    void profileIsTheSignalWeightedSumOfEmbeddingsAndScoresAreCosines() {
        Catalog catalog = ContractWorld.WORLD.catalog();
        UserProfileAgent agent = new UserProfileAgent(new UserProfileParameters("watch"),
                AgentContext.of(ContractWorld.WORLD, 1));
        Fixtures.watch(agent, new int[] {5, 9}, new double[] {0.8, 0.2});
        int d = catalog.dimensions();
        double[] expected = new double[d];
        double norm = 0;
        for (int k = 0; k < d; k++) {
            expected[k] = 0.8 * catalog.embedding(5, k) + 0.2 * catalog.embedding(9, k);
            assertEquals(expected[k], agent.profile(0, k), 1e-6);
            norm += expected[k] * expected[k];
        }
        AgentFixtures.Batch batch = Fixtures.offering(40, 5);
        agent.beginUser(batch.view(), 0);
        double dot = 0;
        for (int k = 0; k < d; k++) {
            dot += expected[k] * catalog.embedding(40, k);
        }
        assertEquals(dot / Math.sqrt(norm), agent.score(batch.view(), 0, 0), 1e-6);
    }
}
