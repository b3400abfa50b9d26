package org.feedgym.agents;

import java.util.Objects;
import org.feedgym.env.world.Catalog;
import org.feedgym.env.world.World;

/**
 * What an agent may know about the world it acts in when it is created.
 *
 * <p>The catalog is optional: agents that only read observations work without it; agents whose
 * arms or features are properties of items (a topic bandit, a user-profile recommender) call
 * {@link #requireCatalog(String)} and fail at creation with a message when it is missing. The
 * catalog holds only what the platform knows of its items (topics, embeddings, engagement
 * priors); it is not the hidden user state.
 *
 * @param candidateCount       K, the number of candidates (actions) per step
 * @param observationDimension length of one observation vector
 * @param userFeatureCount     number of user features at the start of an observation vector
 * @param seed                 the seed of all of this agent's randomness
 * @param catalog              the item catalog the candidates index into, or {@code null} when
 *                             the creator does not provide it
 */
public record AgentContext(int candidateCount, int observationDimension, int userFeatureCount, long seed,
                           Catalog catalog) {

    public AgentContext {
        if (candidateCount < 1) {
            throw new IllegalArgumentException("candidateCount must be >= 1, got " + candidateCount);
        }
        if (observationDimension < 1) {
            throw new IllegalArgumentException("observationDimension must be >= 1, got " + observationDimension);
        }
    }

    /** A context without a catalog (the form used before the catalog was added). */
    public AgentContext(int candidateCount, int observationDimension, int userFeatureCount, long seed) {
        this(candidateCount, observationDimension, userFeatureCount, seed, null);
    }

    /** The full context of an agent acting in {@code world}, catalog included. */
    public static AgentContext of(World world, long seed) {
        Objects.requireNonNull(world, "world");
        return new AgentContext(world.candidateCount(), world.observationDimension(), world.userFeatureCount(),
                seed, world.catalog());
    }

    /**
     * The catalog, for agents that cannot work without it.
     *
     * @param agentType the registry type asking, for the message
     * @throws IllegalStateException when this context has no catalog
     */
    public Catalog requireCatalog(String agentType) {
        if (catalog == null) {
            throw new IllegalStateException("agent '" + agentType + "' needs the item catalog: create its context "
                    + "with AgentContext.of(world, seed)");
        }
        return catalog;
    }
}
