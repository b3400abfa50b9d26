package org.feedgym.agents.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.AgentContract;
import org.feedgym.env.world.AgentFixtures;
import org.feedgym.env.ObservationBatch;
import org.junit.jupiter.api.Test;

class PopularityAgentTest implements AgentContract {

    @Override
    public Agent create(AgentContext context) {
        return new PopularityAgent();
    }

    @Test
    void picksTheMostPopularCandidateAndBreaksTiesToTheLowerIndex() {
        AgentFixtures.Batch b = new AgentFixtures.Batch(2, 3, 1);
        b.feature(0, 0, ObservationBatch.F_POPULARITY, 0.2f).feature(0, 1, ObservationBatch.F_POPULARITY, 0.9f)
                .feature(0, 2, ObservationBatch.F_POPULARITY, 0.5f);
        b.feature(1, 1, ObservationBatch.F_POPULARITY, 0.7f).feature(1, 2, ObservationBatch.F_POPULARITY, 0.7f);
        int[] actions = new int[2];
        new PopularityAgent().act(b.view(), actions);
        assertArrayEquals(new int[] {1, 1}, actions);
    }
}
