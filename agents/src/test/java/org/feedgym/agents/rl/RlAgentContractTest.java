package org.feedgym.agents.rl;

import java.util.List;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.AgentContract;
import org.junit.jupiter.api.Nested;

/**
 * The shared agent contract for every reinforcement-learning type, each trained briefly (a few
 * hundred steps: the contract checks behaviour, {@link DqnLearnsQuickstartTest} checks learning).
 */
class RlAgentContractTest {

    private static DqnParameters dqn(DqnImplementation implementation) {
        return new DqnParameters(List.of(16), null, null, null, null, 300, 100, 1_000, 16, 600, null, 100,
                implementation);
    }

    private static AsyncParameters async() {
        return new AsyncParameters(List.of(16), null, null, null, 1, 400, null, null, null);
    }

    @Nested
    class Dqn implements AgentContract {
        @Override
        public Agent create(AgentContext context) {
            return new DqnAgent(DqnAgent.DQN, dqn(DqnImplementation.DL4J), context);
        }
    }

    @Nested
    class DoubleDqn implements AgentContract {
        @Override
        public Agent create(AgentContext context) {
            return new DqnAgent(DqnAgent.DOUBLE_DQN, dqn(DqnImplementation.DL4J), context);
        }
    }

    @Nested
    class Rl4jDqn implements AgentContract {
        @Override
        public Agent create(AgentContext context) {
            return new DqnAgent(DqnAgent.DQN, dqn(DqnImplementation.RL4J), context);
        }
    }

    @Nested
    class NStepQ implements AgentContract {
        @Override
        public Agent create(AgentContext context) {
            return new AsyncAgent(AsyncAgent.NSTEP_Q, async(), context);
        }
    }

    @Nested
    class A3c implements AgentContract {
        @Override
        public Agent create(AgentContext context) {
            return new AsyncAgent(AsyncAgent.A3C, async(), context);
        }
    }
}
