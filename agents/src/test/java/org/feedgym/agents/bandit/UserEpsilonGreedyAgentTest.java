package org.feedgym.agents.bandit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.AgentContract;
import org.feedgym.agents.ContractWorld;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.world.AgentFixtures;
import org.feedgym.env.world.Catalog;
import org.junit.jupiter.api.Test;

class UserEpsilonGreedyAgentTest implements AgentContract {

    private static final Catalog CATALOG = ContractWorld.WORLD.catalog();
    private static final int STEPS = 2000;

    @Override
    public Agent create(AgentContext context) {
        return new UserEpsilonGreedyAgent(new UserEpsilonGreedyParameters(null, null, null), context);
    }

    /** How often, over {@link #STEPS} steps, an agent with {@code epsilon} shows the farthest item. */
    private static int farthestShown(double epsilon) {
        UserBanditItems items = UserBanditItems.around(CATALOG);
        UserEpsilonGreedyAgent agent = new UserEpsilonGreedyAgent(
                new UserEpsilonGreedyParameters(epsilon, 1.0, "reward"), AgentContext.of(ContractWorld.WORLD, 7));
        agent.act(new AgentFixtures.Batch(1, 1, 1).candidates(0, items.seed()).view(), new int[1]);
        StepOutcomes out = AgentFixtures.outcomes(1);
        AgentFixtures.shown(out, 0, items.seed(), 1.0, false, 1.0);
        agent.observe(out);
        AgentFixtures.Batch batch = new AgentFixtures.Batch(1, 2, 1).candidates(0, items.farthest(), items.nearest());
        int[] actions = new int[1];
        int farthest = 0;
        for (int t = 0; t < STEPS; t++) {
            agent.act(batch.view(), actions);
            farthest += actions[0] == 0 ? 1 : 0;
        }
        return farthest;
    }

    @Test
    void withoutExplorationItAlwaysServesWhatTheUsersModelPredictsBest() {
        assertEquals(0, farthestShown(0.0));
    }

    @Test
    void exploresTheStatedShareOfSteps() {
        // ε = 0.2 picks uniformly among 2 candidates on 20% of steps: the farthest item 10% of the
        // time, 200 of 2,000 expected, sd = sqrt(2000 · 0.1 · 0.9) ≈ 13.4; ±4 sd.
        int shown = farthestShown(0.2);
        assertTrue(Math.abs(shown - 200) < 54, "farthest item shown " + shown + " times");
    }
}
