package org.feedgym.agents.recommender;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.AgentContract;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.env.world.AgentFixtures;
import org.junit.jupiter.api.Test;

class CovisitationAgentTest implements AgentContract {

    /*
     * u0 visits i0, i1, i2 in that order and watches i3 for 0.1 (not a visit at minSignal 0.5);
     * u1 visits i1, i2. Visits one apart (window 1): (i0, i1) once, (i1, i2) twice. Two apart:
     * (i0, i2) once.
     */
    static InteractionLog log() {
        return InteractionLog.of(2, 4,
                new int[] {0, 0, 0, 0, 1, 1},
                new int[] {0, 1, 3, 2, 1, 2},
                new float[] {0.9f, 0.8f, 0.1f, 0.7f, 0.6f, 0.9f},
                new long[] {1, 2, 3, 4, 1, 2});
    }

    @Override
    public Agent create(AgentContext context) {
        return new CovisitationAgent(new CovisitationParameters(null, null, null, null, 40, null, null), context);
    }

    @Test
    void countsVisitsWithinTheWindow() {
        ItemNeighbours w1 = CovisitationAgent.counts(log(), 1, 10, 0.5);
        assertEquals(1, w1.weight(0, 1));
        assertEquals(2, w1.weight(1, 2));
        assertEquals(2, w1.weight(2, 1));
        assertEquals(0, w1.weight(0, 2), "two visits apart");
        assertEquals(0, w1.count(3), "a watch below minSignal is no visit");
        ItemNeighbours w2 = CovisitationAgent.counts(log(), 2, 10, 0.5);
        assertEquals(1, w2.weight(0, 2));
    }

    @Test
    void keepsOnlyTheStrongestNeighbours() {
        ItemNeighbours top1 = CovisitationAgent.counts(log(), 1, 1, 0.5);
        assertEquals(1, top1.count(1));
        assertEquals(2, top1.neighbour(1, 0), "i1's strongest co-visit is i2 (2 against 1)");
    }

    @Test
    void scoresCandidatesByTheCoVisitsOfTheUsersRecentVisits() {
        CovisitationAgent agent = new CovisitationAgent(new CovisitationParameters(1, 10, 0.5, 10, null, null, null),
                new AgentContext(3, 10, 1, 1));
        agent.fit(log());
        Fixtures.watch(agent, new int[] {1, 3}, new double[] {0.9, 0.9});
        AgentFixtures.Batch batch = Fixtures.offering(0, 2, 3);
        // From i1: i2 scores 2, i0 scores 1; i3 has no co-visits.
        assertEquals(1, agent.score(batch.view(), 0, 0));
        assertEquals(2, agent.score(batch.view(), 0, 1));
        assertEquals(0, agent.score(batch.view(), 0, 2));
        int[] actions = new int[1];
        agent.act(batch.view(), actions);
        assertEquals(1, actions[0]);
    }
}
