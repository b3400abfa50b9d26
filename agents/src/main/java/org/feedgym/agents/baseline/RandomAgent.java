package org.feedgym.agents.baseline;

import java.util.random.RandomGenerator;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.OfflineScorer;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.world.ObservationBatch;

/**
 * Picks a candidate uniformly at random: the floor every policy is compared against. Offline it
 * scores every item with an independent uniform number from a generator derived from the seed
 * and the user index ({@code "offline-random"}, user), so a user's ranking does not depend on the
 * order in which users are ranked.
 */
public final class RandomAgent implements Agent, OfflineScorer {

    /** Registry type. */
    public static final String TYPE = "random";

    private final long seed;
    private final RandomGenerator random;

    public RandomAgent(AgentContext context) {
        this.seed = context.seed();
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

    /** Nothing to learn. */
    @Override
    public void fit(InteractionLog train) {
    }

    @Override
    public void scoreItems(int user, double[] scores) {
        RandomGenerator g = Seeds.generator(seed, "offline-random", user);
        for (int i = 0; i < scores.length; i++) {
            scores[i] = g.nextDouble();
        }
    }
}
