package org.feedgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.TrainingDivergedException;
import org.feedgym.agents.TrainingLog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same seeds give the same trained network; another agent seed gives another. */
class ReproducibilityTest {

    private static float[] train(String implementation, long agentSeed) throws TrainingDivergedException {
        DqnAgent agent = new DqnAgent(DqnAgent.DOUBLE_DQN, new DqnParameters(List.of(16), 0.01, 0.9, 1.0, 0.1, 300,
                50, 1_000, 16, 600, 2, 32, DqnImplementation.of(implementation)), new AgentContext(2, 2, 0, agentSeed));
        agent.train(TinyEnvironment.chain(), v -> v, 5L, TrainingLog.discard());
        float[] q0 = agent.qValues(TinyEnvironment.oneHot(0, 2));
        float[] q1 = agent.qValues(TinyEnvironment.oneHot(1, 2));
        return new float[] {q0[0], q0[1], q1[0], q1[1]};
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"dl4j", "rl4j"})
    void trainingTwiceWithTheSameSeedsGivesTheSameNetwork(String implementation) throws TrainingDivergedException {
        float[] a = train(implementation, 1L);
        float[] b = train(implementation, 1L);
        float[] c = train(implementation, 2L);
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c), "another agent seed must give other weights");
    }
}
