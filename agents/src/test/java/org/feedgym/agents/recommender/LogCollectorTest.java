package org.feedgym.agents.recommender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.feedgym.agents.ContractWorld;
import org.feedgym.agents.baseline.PopularityAgent;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.world.World;
import org.junit.jupiter.api.Test;

class LogCollectorTest {

    private static final World WORLD = ContractWorld.WORLD;

    @Test
    void logsOneRowPerShownItemWithTheUsersWatchFraction() {
        long[] seeds = ContractWorld.userSeeds(9, 12);
        InteractionLog log = LogCollector.collect(WORLD, LogCollector.loggingPolicy("random", WORLD, 3), seeds,
                Signal.WATCH);
        // Replay the same users with the same policy seed and count the steps.
        VectorEnvironment p = WORLD.vectorEnvironment(null);
        p.reset(seeds);
        org.feedgym.agents.Agent policy = LogCollector.loggingPolicy("random", WORLD, 3);
        int[] actions = new int[seeds.length];
        int steps = 0;
        while (!p.allDone()) {
            steps += p.activeCount();
            policy.act(p.observations(), actions);
            p.step(actions);
        }
        assertEquals(steps, log.size());
        assertEquals(12, log.userCount());
        assertEquals(WORLD.catalog().size(), log.itemCount());
        for (int r = 0; r < log.size(); r++) {
            assertTrue(log.signal(r) >= 0 && log.signal(r) <= 1, "watch fraction " + log.signal(r));
        }
        for (int u = 0; u < 12; u++) {
            assertTrue(log.userEnd(u) - log.userStart(u) <= WORLD.config().episode().maxSteps());
            for (int r = log.userStart(u) + 1; r < log.userEnd(u); r++) {
                assertTrue(log.timeMillis(r) >= log.timeMillis(r - 1), "a user's rows are in time order");
            }
        }
    }

    @Test
    void isDeterministicForTheSameSeeds() {
        long[] seeds = ContractWorld.userSeeds(10, 6);
        InteractionLog a = LogCollector.collect(WORLD, new PopularityAgent(), seeds, Signal.REWARD);
        InteractionLog b = LogCollector.collect(WORLD, new PopularityAgent(), seeds, Signal.REWARD);
        assertEquals(a.size(), b.size());
        for (int r = 0; r < a.size(); r++) {
            assertEquals(a.item(r), b.item(r));
            assertEquals(a.signal(r), b.signal(r));
        }
    }

    @Test
    void rejectsAnUnknownLoggingPolicy() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LogCollector.loggingPolicy("oracle", WORLD, 1));
        assertEquals("loggingPolicy must be one of [random, popularity], got 'oracle'", e.getMessage());
    }
}
