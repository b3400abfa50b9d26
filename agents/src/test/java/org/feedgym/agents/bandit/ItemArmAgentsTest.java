package org.feedgym.agents.bandit;

import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.AgentContract;

/** The contract for bandits over item arms (one case; the arm kind is orthogonal to the algorithm). */
class ItemArmAgentsTest implements AgentContract {

    @Override
    public Agent create(AgentContext context) {
        return new ThompsonAgent(new ThompsonParameters("item", "like", null, null, null), context);
    }
}
