package org.feedgym.agents.baseline;

import org.feedgym.agents.registry.StateChecks;
import java.io.IOException;
import java.nio.file.Path;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.OfflineScorer;
import org.feedgym.agents.SavableAgent;
import org.feedgym.agents.registry.AgentFiles;
import org.feedgym.agents.registry.NoParameters;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.env.random.MixRandom;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.ObservationBatch;

/**
 * Picks a candidate uniformly at random: the floor every policy is compared against. Offline it
 * scores every item with an independent uniform number from a generator derived from the seed
 * and the user index ({@code "offline-random"}, user), so a user's ranking does not depend on the
 * order in which users are ranked. A saved random agent holds its generator's position.
 */
public final class RandomAgent implements SavableAgent, OfflineScorer {

    /** Registry type. */
    public static final String TYPE = "random";

    private final AgentContext context;
    private final MixRandom random;

    public RandomAgent(AgentContext context) {
        this(context, Seeds.generator(context.seed()));
    }

    private RandomAgent(AgentContext context, MixRandom random) {
        this.context = context;
        this.random = random;
    }

    /** The saved state: the generator's position. */
    record State(long[] generator) {
    }

    @Override
    public void save(Path dir) throws IOException {
        AgentFiles.write(dir, TYPE, new NoParameters(), context, new State(random.state()));
    }

    /** Reads an agent written by {@link #save}. */
    public static RandomAgent load(Path dir, AgentContext loading) throws IOException {
        AgentFiles.Saved<NoParameters, State> saved = AgentFiles.read(dir, TYPE, NoParameters.class, State.class,
                loading);
        return new RandomAgent(saved.context(), StateChecks.generator("generator", saved.state().generator()));
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
        MixRandom g = Seeds.generator(context.seed(), "offline-random", user);
        for (int i = 0; i < scores.length; i++) {
            scores[i] = g.nextDouble();
        }
    }
}
