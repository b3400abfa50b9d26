package org.feedgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.TrainingDivergedException;
import org.feedgym.agents.TrainingLog;
import org.feedgym.env.TimeLimit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DivergenceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"dl4j", "rl4j"})
    void aRewardTooLargeForFloatsStopsTrainingNamingAgentStepAndValue(String implementation) {
        // Rewards of 1e38 with γ = 1: targets 1e38 + Q overflow float, the squared error is infinite.
        DqnAgent agent = new DqnAgent(DqnAgent.DQN, new DqnParameters(List.of(8), null, 1.0, null, null, null,
                null, 1_000, 8, 2_000, 1, 8, DqnImplementation.of(implementation)), new AgentContext(2, 1, 0, 1L));

        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> agent.train(
                new TimeLimit<>(TinyEnvironment.endless(1e38), 50), v -> v, 2L, TrainingLog.discard()));
        String m = e.getMessage();
        assertTrue(m.matches("agent 'dqn' diverged at step \\d+: (loss|Q-value|target Q-value) = (NaN|-?Infinity)"), m);
    }
}
