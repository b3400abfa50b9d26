package org.feedgym.agents.baseline;

import java.util.random.RandomGenerator;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.world.ObservationBatch;

/** Picks a candidate uniformly at random: the floor every policy is compared against. */
public final class RandomAgent implements Agent {

    /** Registry type. */
    public static final String TYPE = "random";

    private final RandomGenerator random;

    public RandomAgent(AgentContext context) {
        this.random = Seeds.generator(context.seed());
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void act(ObservationBatch observations, int[] actions) {
        int k = observations.candidateCount();
        for (int u = 0; u < observations.users(); u++) {
            if (observations.active(u)) {
                actions[u] = random.nextInt(k);
            }
        }
    }
}
