package org.feedgym.env.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.contract.VectorEnvironmentContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The feed world's vector environments (base, time limit, statistics) honour the contract. */
class VectorEnvironmentTest {

    static final World WORLD = TestWorlds.small(5L);

    @Nested
    class TheBasePopulation implements VectorEnvironmentContract {
        @Override
        public VectorEnvironment createVectorEnvironment() {
            return new FeedPopulation(WORLD, null);
        }
    }

    @Nested
    class TheConfiguredStack implements VectorEnvironmentContract {
        @Override
        public VectorEnvironment createVectorEnvironment() {
            return WORLD.vectorEnvironment(null);
        }

        @Test
        void theSpecShowsTheTimeLimitFromTheConfig() {
            assertEquals("time-limit > feed-vector", WORLD.vectorEnvironment(null).spec().stack());
            assertEquals(WORLD.config().episode().maxSteps(),
                    WORLD.vectorEnvironment(null).spec().arguments().get("maxSteps"));
        }
    }

    @Nested
    class AShortTimeLimit implements VectorEnvironmentContract {
        @Override
        public VectorEnvironment createVectorEnvironment() {
            return new org.feedgym.env.VectorTimeLimit(new FeedPopulation(WORLD, null), 7);
        }
    }

    @Nested
    class EpisodeStatistics implements VectorEnvironmentContract {
        @Override
        public VectorEnvironment createVectorEnvironment() {
            return new org.feedgym.env.VectorEpisodeStatistics(WORLD.vectorEnvironment(null));
        }
    }
}
