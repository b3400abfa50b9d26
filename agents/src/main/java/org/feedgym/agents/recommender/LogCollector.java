package org.feedgym.agents.recommender;

import java.util.List;
import java.util.Objects;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.PrivilegedAgent;
import org.feedgym.agents.baseline.PopularityAgent;
import org.feedgym.agents.baseline.RandomAgent;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.agents.Rollout;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.world.World;

/**
 * Records the outcomes of a population run as an {@link InteractionLog}: one row per shown item
 * with the population index of the user, the catalog index of the item, a {@link Signal} and the
 * user's clock in milliseconds. Use it as a step listener ({@link #record}) or run a whole
 * logging policy with {@link #collect}.
 *
 * <p>The log inherits the logging policy's bias: a random policy spreads exposure over the
 * catalog, a popularity policy logs mostly popular items; models trained on it learn only what
 * it shows.
 */
public final class LogCollector {

    /** The logging policies {@link #loggingPolicy} knows. */
    public static final List<String> LOGGING_POLICIES = List.of("random", "popularity");

    private final int users;
    private final Signal signal;
    private final InteractionLog.Builder builder;

    /**
     * @param users     population size
     * @param itemCount catalog size
     * @param signal    what becomes a row's signal
     */
    public LogCollector(int users, int itemCount, Signal signal) {
        if (users < 1) {
            throw new IllegalArgumentException("users must be >= 1, got " + users);
        }
        this.users = users;
        this.signal = Objects.requireNonNull(signal, "signal");
        this.builder = InteractionLog.builder(users, itemCount);
    }

    /** Appends a row for every user shown an item on this step. */
    public void record(StepOutcomes outcomes) {
        for (int u = 0; u < users; u++) {
            int item = outcomes.shownItem(u);
            if (item >= 0) {
                builder.add(u, item, (float) signal.of(outcomes, u), Math.round(outcomes.shownAtSeconds(u) * 1000));
            }
        }
    }

    /** The log of everything recorded so far. */
    public InteractionLog log() {
        return builder.build();
    }

    /**
     * Runs {@code policy} on a fresh vector environment of {@code world} until every episode ends and
     * returns the log. A {@link PrivilegedAgent} is granted its privileged view.
     *
     * @param userSeeds one seed per logged user
     */
    public static InteractionLog collect(World world, Agent policy, long[] userSeeds, Signal signal) {
        LogCollector collector = new LogCollector(userSeeds.length, world.catalog().size(), signal);
        try (VectorEnvironment env = world.vectorEnvironment(null)) {
            Rollout.run(env, policy, userSeeds, collector::record);
        }
        return collector.log();
    }

    /**
     * A logging policy by name: {@code random} (uniform over the candidates) or
     * {@code popularity} (the most-viewed candidate).
     *
     * @param name one of {@link #LOGGING_POLICIES}
     * @param world the world it will act in
     * @param seed  its seed
     */
    public static Agent loggingPolicy(String name, World world, long seed) {
        switch (name) {
            case "random":
                return new RandomAgent(AgentContext.of(world, seed));
            case "popularity":
                return new PopularityAgent();
            default:
                throw new IllegalArgumentException("loggingPolicy must be one of " + LOGGING_POLICIES + ", got '"
                        + name + "'");
        }
    }
}
