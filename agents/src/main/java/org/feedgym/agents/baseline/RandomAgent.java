package org.feedgym.agents.baseline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ForkJoinPool;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.OfflineScorer;
import org.feedgym.agents.ParallelAgent;
import org.feedgym.agents.SavableAgent;
import org.feedgym.agents.registry.AgentFiles;
import org.feedgym.agents.registry.NoParameters;
import org.feedgym.agents.registry.StateChecks;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.env.parallel.UserChunks;
import org.feedgym.env.random.MixRandom;
import org.feedgym.env.random.MixStreams;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.random.StreamCursor;

/**
 * Picks a candidate uniformly at random: the floor every policy is compared against. Offline it
 * scores every item with an independent uniform number from a generator derived from the seed
 * and the user index ({@code "offline-random"}, user), so a user's ranking does not depend on the
 * order in which users are ranked. A saved random agent holds its generators' positions.
 *
 * <p>Online, user {@code u} of a population draws from its own generator
 * ({@code derive(seed, "random-act", u)}), one number per step it is active, so its picks do not
 * depend on how long the other users stay: a Bubble Escape Potential twin population, whose users
 * leave at other times than the originals, sees exactly the originals' picks (common random
 * numbers), and a user's picks do not depend on N; nor on the pool it is given to act on
 * ({@link ParallelAgent}), since each user's draw comes from that user's stream.
 */
public final class RandomAgent implements SavableAgent, OfflineScorer, ParallelAgent {

    /** Registry type. */
    public static final String TYPE = "random";

    private final AgentContext context;
    /** User {@code u}'s generator is stream {@code u}. */
    private MixStreams users;
    /** Where {@link #act} splits the users, or null for the calling thread. */
    private ForkJoinPool pool;

    public RandomAgent(AgentContext context) {
        this(context, new MixStreams(0));
    }

    private RandomAgent(AgentContext context, MixStreams users) {
        this.context = context;
        this.users = users;
    }

    /** The saved state: each user's generator position (none before the agent first acted). */
    record State(long[][] users) {
    }

    @Override
    public void save(Path dir) throws IOException {
        long[][] states = new long[users.size()][];
        for (int u = 0; u < states.length; u++) {
            states[u] = users.state(u);
        }
        AgentFiles.write(dir, TYPE, new NoParameters(), context, new State(states));
    }

    /** Reads an agent written by {@link #save}. */
    public static RandomAgent load(Path dir, AgentContext loading) throws IOException {
        AgentFiles.Saved<NoParameters, State> saved = AgentFiles.read(dir, TYPE, NoParameters.class, State.class,
                loading);
        long[][] states = saved.state().users() == null ? new long[0][] : saved.state().users();
        MixStreams users = new MixStreams(states.length);
        for (int u = 0; u < states.length; u++) {
            users.set(u, StateChecks.generator("users[" + u + "]", states[u]));
        }
        return new RandomAgent(saved.context(), users);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void act(ObservationBatch observations, int[] actions) {
        int k = observations.candidateCount();
        int n = observations.users();
        if (users.size() != n) {
            // A population of another size: every user starts its own stream.
            users = new MixStreams(n);
            for (int u = 0; u < n; u++) {
                users.seed(u, Seeds.derive(context.seed(), "random-act", u));
            }
        }
        MixStreams streams = users;
        UserChunks.forEachUser(pool, n, u -> {
            if (observations.active(u)) {
                StreamCursor draw = streams.cursor(u);
                actions[u] = draw.nextInt(k);
                draw.close();
            }
        });
    }

    @Override
    public void actOn(ForkJoinPool actingPool) {
        this.pool = actingPool;
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
