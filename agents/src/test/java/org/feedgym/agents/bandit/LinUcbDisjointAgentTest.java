package org.feedgym.agents.bandit;

import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.AgentContract;

class LinUcbDisjointAgentTest implements AgentContract {

    @Override
    public Agent create(AgentContext context) {
        return new LinUcbAgent(new LinUcbParameters(0.5, 1.0, "disjoint"), context);
    }
}
