package org.feedgym.agents.baseline;

import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.AgentContract;

class RandomAgentTest implements AgentContract {

    @Override
    public Agent create(AgentContext context) {
        return new RandomAgent(context);
    }
}
