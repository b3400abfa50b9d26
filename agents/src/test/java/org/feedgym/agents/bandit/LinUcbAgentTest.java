package org.feedgym.agents.bandit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.AgentContract;
import org.feedgym.agents.ContractWorld;
import org.feedgym.env.world.AgentFixtures;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.StepOutcomes;
import org.junit.jupiter.api.Test;

class LinUcbAgentTest implements AgentContract {

    @Override
    public Agent create(AgentContext context) {
        return new LinUcbAgent(new LinUcbParameters(null, null, null), context);
    }

    @Test
    void learnsFromTheContextItChoseAtActTime() {
        LinUcbAgent agent = new LinUcbAgent(new LinUcbParameters(1.0, 1.0, "shared"), new AgentContext(2, 20, 8, 1));
        AgentFixtures.Batch batch = new AgentFixtures.Batch(1, 2, 8).candidates(0, 3, 4)
                .feature(0, 1, ObservationBatch.F_HISTORY_COSINE, 1f);
        int[] actions = new int[1];
        agent.act(batch.view(), actions);
        // A = I: widths are |x|: candidate 0 has x = e7 (intercept only), |x| = 1; candidate 1 has √2.
        assertEquals(1, actions[0]);
        // The live batch changes before observe, as in the simulator; the remembered context counts.
        batch.feature(0, 1, ObservationBatch.F_HISTORY_COSINE, 0f);
        StepOutcomes out = AgentFixtures.outcomes(1);
        AgentFixtures.shown(out, 0, 4, 1, false, 0.9);
        agent.observe(out);
        agent.bandit().prepare();
        // A = I + xxᵀ, b = 0.9x with x = (1,0,0,0,0,0,0,1) (7 candidate features, then the
        // intercept): θ = 0.9x / (1 + |x|²) = 0.3x.
        RidgeRegression m = agent.bandit().model(0);
        assertEquals(0.3, m.theta(0), 1e-12);
        assertEquals(0.0, m.theta(1), 1e-12);
        assertEquals(0.0, m.theta(ObservationBatch.F_NOT_INTERESTED), 1e-12);
        assertEquals(0.3, m.theta(ObservationBatch.CANDIDATE_FEATURES), 1e-12);
    }

    @Test
    void disjointModelsAreOnePerTopicAndNeedTheCatalog() {
        LinUcbAgent agent = new LinUcbAgent(new LinUcbParameters(null, null, "disjoint"),
                AgentContext.of(ContractWorld.WORLD, 1));
        assertEquals(ContractWorld.WORLD.catalog().topicCount(), agent.bandit().arms());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new LinUcbAgent(new LinUcbParameters(null, null, "disjoint"), new AgentContext(2, 20, 8, 1)));
        assertEquals("agent 'linucb' needs the item catalog: create its context with AgentContext.of(world, seed)",
                e.getMessage());
    }
}
