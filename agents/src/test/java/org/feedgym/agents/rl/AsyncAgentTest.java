package org.feedgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.TrainingDivergedException;
import org.feedgym.agents.TrainingLog;
import org.feedgym.env.TimeLimit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * RL4J's asynchronous learners as FeedGym agents, on tiny MDPs.
 * About 10–30 s on two shared cores, hence the tag.
 */
@Tag("slow")
class AsyncAgentTest {

    private static AsyncParameters parameters(int steps) {
        return new AsyncParameters(List.of(16), 0.01, 0.5, 4, 1, steps, 1.0, 0.0, steps / 2);
    }

    @Test
    void nStepQBootstrapsOnTruncationAndFindsTheValueOfAnEndlessReward() throws TrainingDivergedException {
        // One state; action 0 pays 1, action 1 pays 0; cut after 4 steps; γ = 0.5: Q(s,0) = 2, Q(s,1) = 1.
        // With one state the n-step target's bootstrap state is the right one whatever RL4J picks.
        AsyncAgent agent = new AsyncAgent(AsyncAgent.NSTEP_Q, parameters(4_000), new AgentContext(2, 1, 0, 3L));
        agent.train(() -> new TimeLimit<>(TinyEnvironment.endless(1), 4), v -> v, 4L, TrainingLog.discard());

        float[] q = agent.scores(new float[] {1f});
        assertEquals(2.0, q[0], 0.25, "Q(s, pay)");
        assertTrue(q[1] < q[0], "Q(s, wait) = " + q[1] + " must be below Q(s, pay) = " + q[0]);
    }

    @Test
    void a3cLearnsToPreferThePayingAction() throws TrainingDivergedException {
        AsyncAgent agent = new AsyncAgent(AsyncAgent.A3C, parameters(4_000), new AgentContext(2, 1, 0, 3L));
        List<Double> returns = new ArrayList<>();
        agent.train(() -> new TimeLimit<>(TinyEnvironment.endless(1), 4), v -> v, 4L,
                (step, episode, episodeReturn, loss, epsilon) -> returns.add(episodeReturn));

        float[] p = agent.scores(new float[] {1f});
        assertTrue(p[0] > 0.8, "P(pay) = " + p[0]);
        assertTrue(returns.size() >= 900, "one log point per 4-step episode, got " + returns.size());
    }

    @Test
    void oneThreadMakesTrainingReproducible() throws TrainingDivergedException {
        float[][] q = new float[2][];
        for (int run = 0; run < 2; run++) {
            AsyncAgent agent = new AsyncAgent(AsyncAgent.NSTEP_Q, parameters(600), new AgentContext(2, 2, 0, 5L));
            agent.train(TinyEnvironment::chain, v -> v, 6L, TrainingLog.discard());
            q[run] = agent.scores(TinyEnvironment.oneHot(0, 2));
        }
        assertArrayEquals(q[0], q[1]);
    }

    @Test
    void aDivergingWorkerStopsTrainingWithTheAgentStepAndValue() {
        AsyncAgent agent = new AsyncAgent(AsyncAgent.NSTEP_Q, new AsyncParameters(List.of(8), null, 1.0, 4, 1, 2_000,
                null, null, null), new AgentContext(2, 1, 0, 1L));
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> agent.train(
                () -> new TimeLimit<>(TinyEnvironment.endless(1e38), 50), v -> v, 2L, TrainingLog.discard()));
        assertTrue(e.getMessage().matches("agent 'nstep-q' diverged at step \\d+: loss = (NaN|-?Infinity)"),
                e.getMessage());
    }

    @Test
    void rejectsOutOfRangeParameters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AsyncParameters(null, null, null, 0, null, null, null, null, null));
        assertEquals("nStep must be in [1, 1000], got 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new AsyncParameters(null, null, null, null, 65, null, null, null, null));
        assertEquals("threads must be in [1, 64], got 65", e.getMessage());
    }
}
