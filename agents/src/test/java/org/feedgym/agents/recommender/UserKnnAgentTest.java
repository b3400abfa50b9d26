package org.feedgym.agents.recommender;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.AgentContract;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.env.world.AgentFixtures;
import org.junit.jupiter.api.Test;

class UserKnnAgentTest implements AgentContract {

    /*
     * Logged users (centred by their own mean):
     *   v0: i0 1, i1 0, i2 1   mean 2/3  →  +1/3, −2/3, +1/3    |v0| = √6/3
     *   v1: i0 0, i1 1, i3 1   mean 2/3  →  −2/3, +1/3, +1/3
     *   v2: i0 1, i2 0         mean 1/2  →  +1/2, −1/2          |v2| = √2/2
     * Evaluation user u: i0 1, i1 0 → +1/2, −1/2, |u| = √2/2.
     * sim(u, v0) = (1/6 + 1/3) / (√2/2 · √6/3) = √3/2 = 0.8660254
     * sim(u, v1) = (−1/3 − 1/6) / ... < 0: not a neighbour
     * sim(u, v2) = (1/4) / (1/2) = 0.5
     */
    static InteractionLog log() {
        return InteractionLog.of(3, 4,
                new int[] {0, 0, 0, 1, 1, 1, 2, 2},
                new int[] {0, 1, 2, 0, 1, 3, 0, 2},
                new float[] {1, 0, 1, 0, 1, 1, 1, 0},
                new long[] {0, 1, 2, 0, 1, 2, 0, 1});
    }

    @Override
    public Agent create(AgentContext context) {
        return new UserKnnAgent(new UserKnnParameters(null, null, 40, null, null), context);
    }

    private static UserKnnAgent fitted(int k) {
        UserKnnAgent agent = new UserKnnAgent(new UserKnnParameters(k, 10, null, null, null),
                new AgentContext(2, 10, 1, 1));
        agent.fit(log());
        Fixtures.watch(agent, new int[] {0, 1}, new double[] {1, 0});
        return agent;
    }

    @Test
    void findsThePositivelySimilarLoggedUsersBestFirst() {
        UserKnnAgent agent = fitted(5);
        AgentFixtures.Batch batch = Fixtures.offering(2, 3);
        agent.beginUser(batch.view(), 0);
        assertArrayEquals(new int[] {0, 2}, agent.lastNeighbours());
    }

    @Test
    void predictsTheSimilarityWeightedMeanOfTheNeighboursCentredRatings() {
        UserKnnAgent agent = fitted(2);
        AgentFixtures.Batch batch = Fixtures.offering(2, 3);
        agent.beginUser(batch.view(), 0);
        // i2: (0.8660·(+1/3) + 0.5·(−1/2)) / (0.8660 + 0.5) = 0.0283122; i3: no neighbour met it.
        double s3 = Math.sqrt(3) / 2;
        assertEquals((s3 / 3 - 0.25) / (s3 + 0.5), agent.score(batch.view(), 0, 0), 1e-6);
        assertEquals(0, agent.score(batch.view(), 0, 1));
    }

    @Test
    void withOneNeighbourPredictsItsRating() {
        UserKnnAgent agent = fitted(1);
        AgentFixtures.Batch batch = Fixtures.offering(2, 3);
        agent.beginUser(batch.view(), 0);
        assertArrayEquals(new int[] {0}, agent.lastNeighbours());
        assertEquals(1.0 / 3, agent.score(batch.view(), 0, 0), 1e-6);
    }
}
