package org.feedgym.agents.rl;

import org.feedgym.env.Environment;
import org.feedgym.env.contract.EnvironmentContract;

/** The tiny MDP the DQN tests learn on honours the environment contract too. */
class TinyEnvironmentTest {

    @org.junit.jupiter.api.Nested
    class TheChain implements EnvironmentContract<float[], Integer> {
        @Override
        public Environment<float[], Integer> createEnvironment() {
            return TinyEnvironment.chain();
        }
    }

    @org.junit.jupiter.api.Nested
    class TheEndlessMdpUnderATimeLimit implements EnvironmentContract<float[], Integer> {
        @Override
        public Environment<float[], Integer> createEnvironment() {
            return new org.feedgym.env.TimeLimit<>(TinyEnvironment.endless(1), 50);
        }
    }
}
