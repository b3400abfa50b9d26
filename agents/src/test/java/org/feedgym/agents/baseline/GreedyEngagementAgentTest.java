package org.feedgym.agents.baseline;

import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.AgentContract;

class GreedyEngagementAgentTest implements AgentContract {

    @Override
    public Agent create(AgentContext context) {
        return new GreedyEngagementAgent();
    }
}
