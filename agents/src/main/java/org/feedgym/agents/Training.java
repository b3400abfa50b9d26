package org.feedgym.agents;

import java.util.Objects;
import org.feedgym.env.world.World;

/**
 * What a {@link TrainableAgent} trains on.
 *
 * @param world the world (create training environments or populations from it)
 * @param seed  the root of all training randomness: derive training-user seeds with
 *              {@code Seeds.derive(seed, "train-user", episode)}; evaluation users derive from
 *              another component, so they are never trained on
 * @param log   receives one point per finished training episode
 */
public record Training(World world, long seed, TrainingLog log) {
    public Training {
        Objects.requireNonNull(world, "world");
        Objects.requireNonNull(log, "log");
    }
}
