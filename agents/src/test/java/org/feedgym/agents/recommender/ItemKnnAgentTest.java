package org.feedgym.agents.recommender;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.AgentContract;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.env.world.AgentFixtures;
import org.junit.jupiter.api.Test;

class ItemKnnAgentTest implements AgentContract {

    /*
     * Three logged users, three items (signal = watch fraction):
     *   u0: i0 0.9, i1 0.7, i2 0.2   mean 0.6  →  centred  .3,  .1, −.4
     *   u1: i0 0.8, i1 0.9, i2 0.1   mean 0.6  →  centred  .2,  .3, −.5
     *   u2:         i1 0.3, i2 0.9   mean 0.6  →  centred      −.3,  .3
     * Item columns: i0 = (.3, .2, −), i1 = (.1, .3, −.3), i2 = (−.4, −.5, .3).
     * sim(i0, i1) = (.03 + .06) / (√.13 · √.19) = .09 / √.0247 = 0.5726563
     * sim(i0, i2) = −.22 / (√.13 · √.50) < 0 and sim(i1, i2) = −.28 / (√.19 · √.50) < 0: dropped.
     */
    static InteractionLog log() {
        return InteractionLog.of(3, 3,
                new int[] {0, 0, 0, 1, 1, 1, 2, 2},
                new int[] {0, 1, 2, 0, 1, 2, 1, 2},
                new float[] {0.9f, 0.7f, 0.2f, 0.8f, 0.9f, 0.1f, 0.3f, 0.9f},
                new long[] {0, 1, 2, 0, 1, 2, 0, 1});
    }

    @Override
    public Agent create(AgentContext context) {
        return new ItemKnnAgent(new ItemKnnParameters(null, null, 40, null, null), context);
    }

    @Test
    void similaritiesAreTheHandComputedAdjustedCosines() {
        ItemNeighbours table = ItemKnnAgent.similarities(log(), 5);
        assertEquals(0.5726563, table.weight(0, 1), 1e-6);
        assertEquals(0.5726563, table.weight(1, 0), 1e-6);
        assertEquals(0, table.weight(0, 2), "negative similarities are not kept");
        assertEquals(0, table.count(2));
    }

    @Test
    void predictsFromTheUsersCentredSignalsOnNeighbours() {
        ItemKnnAgent agent = new ItemKnnAgent(new ItemKnnParameters(5, 10, null, null, null),
                new AgentContext(3, 10, 1, 1));
        agent.fit(log());
        // Evaluation user: i0 0.9, i2 0.3 → mean 0.6, deviations +.3 and −.3.
        Fixtures.watch(agent, new int[] {0, 2}, new double[] {0.9, 0.3});
        AgentFixtures.Batch batch = Fixtures.offering(2, 1, 0);
        agent.beginUser(batch.view(), 0);
        // i1's only neighbour in the history is i0: 0.5727·0.3 / 0.5727 = 0.3.
        assertEquals(0.3, agent.score(batch.view(), 0, 1), 1e-6);
        assertEquals(0, agent.score(batch.view(), 0, 0), "i2 has no neighbours");
        assertEquals(0, agent.score(batch.view(), 0, 2), "i0's neighbour i1 is not in the history");
        int[] actions = new int[1];
        agent.act(batch.view(), actions);
        assertEquals(1, actions[0]);
    }
}
