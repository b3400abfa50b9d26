package org.feedgym.agents.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.AgentContract;
import org.feedgym.env.world.AgentFixtures;
import org.junit.jupiter.api.Test;

class OracleAgentTest implements AgentContract {

    @Override
    public Agent create(AgentContext context) {
        return new OracleAgent();
    }

    @Test
    void refusesToActWithoutThePrivilegedView() {
        AgentFixtures.Batch b = new AgentFixtures.Batch(1, 2, 1);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new OracleAgent().act(b.view(), new int[1]));
        assertEquals("oracle needs the privileged view: grant(...) was not called", e.getMessage());
    }
}
