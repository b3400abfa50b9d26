package org.feedgym.agents.recommender;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.AgentContract;
import org.feedgym.env.world.AgentFixtures;
import org.feedgym.env.ObservationBatch;
import org.junit.jupiter.api.Test;

class ContentAgentTest implements AgentContract {

    @Override
    public Agent create(AgentContext context) {
        return new ContentAgent(context);
    }

    @Test
    void ranksByHistoryCosineAndFallsBackToPopularityForColdStartUsers() {
        AgentFixtures.Batch b = new AgentFixtures.Batch(2, 3, 1);
        b.feature(0, 0, ObservationBatch.F_HISTORY_COSINE, 0.1f).feature(0, 1, ObservationBatch.F_HISTORY_COSINE, -0.2f)
                .feature(0, 2, ObservationBatch.F_HISTORY_COSINE, 0.7f).feature(0, 1, ObservationBatch.F_POPULARITY, 1f);
        // User 1 has no history: every cosine is 0, the most popular candidate wins.
        b.feature(1, 0, ObservationBatch.F_POPULARITY, 0.3f).feature(1, 1, ObservationBatch.F_POPULARITY, 0.8f)
                .feature(1, 2, ObservationBatch.F_POPULARITY, 0.8f);
        int[] actions = new int[2];
        new ContentAgent().act(b.view(), actions);
        assertArrayEquals(new int[] {2, 1}, actions);
    }
}
