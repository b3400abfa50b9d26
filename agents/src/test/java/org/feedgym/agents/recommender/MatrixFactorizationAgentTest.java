package org.feedgym.agents.recommender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.AgentContract;
import org.feedgym.agents.TrainingDivergedException;
import org.feedgym.env.world.AgentFixtures;
import org.junit.jupiter.api.Test;

class MatrixFactorizationAgentTest implements AgentContract {

    @Override
    public Agent create(AgentContext context) {
        return new MatrixFactorizationAgent(new MatrixFactorizationParameters(4, 5, null, null, null, 40, null, null),
                context);
    }

    @Test
    void recordsOneTrainingPointPerEpochWithFallingLoss() throws TrainingDivergedException {
        MatrixFactorizationAgent agent = new MatrixFactorizationAgent(
                new MatrixFactorizationParameters(2, 30, 0.05, 0.0, null, null, null, null), new AgentContext(2, 10, 1, 1));
        List<double[]> points = new ArrayList<>();
        agent.fit(ItemKnnAgentTest.log(), (step, episode, ret, loss, eps) -> points.add(new double[] {step, episode, loss}));
        assertEquals(30, points.size());
        assertEquals(8 * 30, points.get(29)[0], "SGD updates = rows × epochs");
        assertTrue(points.get(29)[2] < points.get(0)[2], "loss " + points.get(0)[2] + " → " + points.get(29)[2]);
    }

    @Test
    void foldsAnEvaluationUserInByTheHandComputedRidgeSolution() {
        MatrixFactorizationAgent agent = new MatrixFactorizationAgent(
                new MatrixFactorizationParameters(1, 1, null, 0.5, 10, null, null, null), new AgentContext(2, 10, 1, 1));
        MatrixFactorization m = new MatrixFactorization(1, 2, 1, 0.5, new double[] {0}, new double[] {0.1, -0.1},
                new double[] {0}, new double[] {1, 2});
        agent.use(m);
        Fixtures.watch(agent, new int[] {0, 1}, new double[] {1.0, 0.2});
        AgentFixtures.Batch batch = Fixtures.offering(0, 1);
        agent.beginUser(batch.view(), 0);
        /*
         * y = r − μ − b_i: 0.4 and −0.2; z = (q_i, 1): (1, 1) and (2, 1).
         * N = Σ zzᵀ + λ·|H|·I = [[5, 3], [3, 2]] + 1 = [[6, 3], [3, 3]]; rhs = Σ y z = (0, 0.2).
         * (p_u, b_u) = N⁻¹ rhs = [[3, −3], [−3, 6]]/9 · (0, 0.2) = (−1/15, 2/15).
         */
        double[] user = agent.lastUserParameters();
        // Histories store signals as floats (0.2f = 0.2 + 3e-9): tolerance 1e-7.
        assertEquals(-1.0 / 15, user[0], 1e-7);
        assertEquals(2.0 / 15, user[1], 1e-7);
        // Scores b_i + p_u q_i: item 0: 0.1 − 1/15; item 1: −0.1 − 2/15.
        assertEquals(0.1 - 1.0 / 15, agent.score(batch.view(), 0, 0), 1e-7);
        assertEquals(-0.1 - 2.0 / 15, agent.score(batch.view(), 0, 1), 1e-7);
    }
}
