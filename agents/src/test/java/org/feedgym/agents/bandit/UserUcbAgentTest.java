package org.feedgym.agents.bandit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.AgentContract;
import org.feedgym.agents.ContractWorld;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.world.AgentFixtures;
import org.feedgym.env.world.Catalog;
import org.junit.jupiter.api.Test;

class UserUcbAgentTest implements AgentContract {

    private static final Catalog CATALOG = ContractWorld.WORLD.catalog();

    @Override
    public Agent create(AgentContext context) {
        return new UserUcbAgent(new UserUcbParameters(null, null, null), context);
    }

    private static UserUcbAgent agent(double c) {
        return new UserUcbAgent(new UserUcbParameters(c, 1.0, "reward"), AgentContext.of(ContractWorld.WORLD, 1));
    }

    @Test
    void afterOneRewardTheUsersModelPredictsTheRidgeSolutionAndServesTheNearestItem() {
        UserBanditItems items = UserBanditItems.around(CATALOG);
        UserUcbAgent agent = agent(0.0);
        AgentFixtures.Batch first = new AgentFixtures.Batch(2, 1, 1).candidates(0, items.seed())
                .candidates(1, items.seed());
        agent.act(first.view(), new int[2]);
        StepOutcomes out = AgentFixtures.outcomes(2);
        AgentFixtures.shown(out, 0, items.seed(), 0.8, false, 0.8);
        AgentFixtures.notShown(out, 1);
        agent.observe(out);

        assertEquals(UserBanditItems.afterOne(CATALOG, items.seed(), items.nearest(), 0.8, 1.0),
                agent.predicted(0, items.nearest()), 1e-9);
        assertEquals(0.0, agent.predicted(1, items.nearest()), "user 1 gave no feedback: its model is empty");
        int[] actions = new int[2];
        agent.act(new AgentFixtures.Batch(2, 2, 1).candidates(0, items.farthest(), items.nearest())
                .candidates(1, items.farthest(), items.nearest()).view(), actions);
        assertEquals(1, actions[0], "the user's model favours the item nearest to the rewarded one");
    }

    @Test
    void theCountBonusIsCirssAndSteersAwayFromRecommendedItems() {
        UserUcbAgent agent = agent(1.0);
        AgentFixtures.Batch batch = new AgentFixtures.Batch(2, 2, 1).candidates(0, 3, 4).candidates(1, 3, 4);
        int[] actions = new int[2];
        agent.act(batch.view(), actions);
        // Empty models and equal counts: equal scores, both users get the same candidate.
        int shown = batch.view().candidate(0, actions[0]);
        int other = shown == 3 ? 4 : 3;
        assertEquals(actions[0], actions[1]);
        assertEquals(3.0, agent.count(shown), "counts start at 1 (CIRS) and both users' picks count");
        assertEquals(1.0, agent.count(other));
        agent.observe(AgentFixtures.outcomes(2));

        agent.act(batch.view(), actions);
        // Models still empty: sqrt(2 ln(n + 2) / 1) for the other item beats sqrt(2 ln(n + 2) / 3).
        assertEquals(other, batch.view().candidate(0, actions[0]));
    }

    @Test
    void needsTheCatalog() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new UserUcbAgent(new UserUcbParameters(null, null, null), new AgentContext(10, 100, 11, 1)));
        assertEquals("agent 'user-ucb' needs the item catalog: create its context with AgentContext.of(world, seed)",
                e.getMessage());
    }
}
