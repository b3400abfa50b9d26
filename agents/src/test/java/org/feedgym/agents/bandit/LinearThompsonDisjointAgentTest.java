package org.feedgym.agents.bandit;

import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.AgentContract;

class LinearThompsonDisjointAgentTest implements AgentContract {

    @Override
    public Agent create(AgentContext context) {
        return new LinearThompsonAgent(new LinearThompsonParameters(0.3, 1.0, "disjoint"), context);
    }
}
