package org.feedgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.TrainingDivergedException;
import org.feedgym.agents.TrainingLog;
import org.feedgym.env.TimeLimit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The learning code finds known optimal Q-values of tiny MDPs, with both implementations.
 * About 10–30 s on two shared cores, hence the tag.
 */
@Tag("slow")
class TinyMdpTest {

    private static final double TOLERANCE = 0.12;

    /** Uniformly random behaviour (epsilon 1 throughout): Q-learning is off-policy, so it still learns Q*. */
    private static DqnParameters parameters(double gamma, int steps, String implementation) {
        return new DqnParameters(List.of(32), 0.01, gamma, 1.0, 1.0, 0, 50, 10_000, 32, steps, 2, 64,
                DqnImplementation.of(implementation));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({"dqn, dl4j", "double-dqn, dl4j", "dqn, rl4j", "double-dqn, rl4j"})
    void learnsTheQValuesOfATwoStateChainWithoutBootstrappingOnTermination(String type, String implementation)
            throws TrainingDivergedException {
        DqnAgent agent = new DqnAgent(type, parameters(0.9, 3_000, implementation), new AgentContext(2, 2, 0, 11L));
        agent.train(TinyEnvironment.chain(), v -> v, 5L, TrainingLog.discard());

        float[] q0 = agent.qValues(TinyEnvironment.oneHot(0, 2));
        float[] q1 = agent.qValues(TinyEnvironment.oneHot(1, 2));
        assertEquals(0.9, q0[0], TOLERANCE, "Q(0, right)");
        assertEquals(0.5, q0[1], TOLERANCE, "Q(0, stop)");
        assertEquals(1.0, q1[0], TOLERANCE, "Q(1, collect)");
        assertEquals(0.9, q1[1], TOLERANCE, "Q(1, wait)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"dl4j", "rl4j"})
    void bootstrapsOnTruncationSoAnEndlessRewardIsWorthOneOverOneMinusGamma(String implementation)
            throws TrainingDivergedException {
        // γ = 0.5: Q(s,0) = 1/(1−γ) = 2 and Q(s,1) = γ·2 = 1. Episodes are cut after 4 steps. Had the
        // cut been stored as termination, one replayed transition in four would have target 1 and the
        // others 1 + γ·Q, so Q(s,0) would settle at Q = (3·(1 + 0.5·Q) + 1)/4, i.e. 1.6 (checked: with
        // that mistake both implementations end at 1.60–1.67 and this test fails).
        DqnAgent agent = new DqnAgent(DqnAgent.DOUBLE_DQN, parameters(0.5, 3_000, implementation),
                new AgentContext(2, 1, 0, 12L));
        agent.train(new TimeLimit<>(TinyEnvironment.endless(1), 4), v -> v, 6L, TrainingLog.discard());

        float[] q = agent.qValues(new float[] {1f});
        assertEquals(2.0, q[0], TOLERANCE * 2, "Q(s, pay)");
        assertEquals(1.0, q[1], TOLERANCE * 2, "Q(s, wait)");
    }
}
