package org.feedgym.agents;

import org.feedgym.env.random.Seeds;
import org.feedgym.env.world.CatalogConfig;
import org.feedgym.env.world.EpisodeConfig;
import org.feedgym.env.world.World;
import org.feedgym.env.world.WorldConfig;
import org.feedgym.env.world.WorldFactory;

/**
 * The small world every agent contract runs on: 300 items in 6 topics (2 harmful), 8-dim
 * embeddings, one session of at most 40 steps. Immutable, so one instance is shared.
 */
public final class ContractWorld {

    /** The root seed of the world. */
    public static final long SEED = 20_260_101L;

    /** The shared world. */
    public static final World WORLD = WorldFactory.create(new WorldConfig(
            new CatalogConfig("synthetic", 300, 6, 2, 8, null, null), null, null, null,
            new EpisodeConfig(40, 0)), SEED, null);

    private ContractWorld() {
    }

    /** {@code n} user seeds derived from {@code root}. */
    public static long[] userSeeds(long root, int n) {
        long[] seeds = new long[n];
        for (int u = 0; u < n; u++) {
            seeds[u] = Seeds.derive(root, "contract-user", u);
        }
        return seeds;
    }
}
