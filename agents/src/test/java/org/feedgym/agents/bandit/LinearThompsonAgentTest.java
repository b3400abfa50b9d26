package org.feedgym.agents.bandit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.AgentContract;
import org.feedgym.env.world.AgentFixtures;
import org.feedgym.env.StepOutcomes;
import org.junit.jupiter.api.Test;

class LinearThompsonAgentTest implements AgentContract {

    @Override
    public Agent create(AgentContext context) {
        return new LinearThompsonAgent(new LinearThompsonParameters(null, null, null), context);
    }

    @Test
    void updatesOneSharedModelPerObservedUser() {
        LinearThompsonAgent agent = new LinearThompsonAgent(new LinearThompsonParameters(0.5, 1.0, "shared"),
                new AgentContext(2, 20, 8, 1));
        AgentFixtures.Batch batch = new AgentFixtures.Batch(3, 2, 8).done(2, true);
        agent.act(batch.view(), new int[3]);
        StepOutcomes out = AgentFixtures.outcomes(3);
        AgentFixtures.shown(out, 0, 0, 1, false, 0.5);
        AgentFixtures.shown(out, 1, 0, 1, false, 0.5);
        agent.observe(out);
        assertEquals(2, agent.bandit().model(0).updates());
    }
}
