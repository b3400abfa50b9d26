package org.feedgym.agents.recommender;

import org.feedgym.env.world.AgentFixtures;
import org.feedgym.env.StepOutcomes;

/** Helpers that give a recommender an evaluation user's history through act and observe. */
final class Fixtures {

    private Fixtures() {
    }

    /**
     * Feeds user 0 of a one-user population the items with the given watch fractions, one step
     * each, through {@code act} (on a batch offering the item) and {@code observe}.
     */
    static void watch(RecommenderAgent agent, int[] items, double[] watch) {
        for (int s = 0; s < items.length; s++) {
            AgentFixtures.Batch b = new AgentFixtures.Batch(1, 1, 1).candidates(0, items[s]);
            agent.act(b.view(), new int[1]);
            StepOutcomes out = AgentFixtures.outcomes(1);
            AgentFixtures.shown(out, 0, items[s], watch[s], false, 0);
            agent.observe(out);
        }
    }

    /** A one-user batch offering {@code items}, all equally popular. */
    static AgentFixtures.Batch offering(int... items) {
        return new AgentFixtures.Batch(1, items.length, 1).candidates(0, items);
    }
}
