package org.feedgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DqnBenchmarkWarmupTest {

    private static DqnBenchmark.Settings settings(int warmupSteps, int trainEvery) {
        return new DqnBenchmark.Settings(DqnImplementation.DL4J, DqnAgent.DOUBLE_DQN, 30_000, warmupSteps, trainEvery,
                32, List.of(64, 64), 0, 42L, 1);
    }

    @Test
    void theWarmupLastsAtLeastTwoThousandUpdates() {
        // One user, an update every 4 steps: 2,000 updates are 8,000 steps, more than the 5,000 asked.
        assertEquals(8_000, DqnBenchmark.warmupSteps(settings(5_000, 4)));
        // 64 users, an update every 64 steps: 128,000 steps.
        assertEquals(128_000, DqnBenchmark.warmupSteps(settings(5_000, 64)));
        // More steps asked than the updates need: the steps asked.
        assertEquals(50_000, DqnBenchmark.warmupSteps(settings(50_000, 4)));
        assertEquals(2_000 * 24, DqnBenchmark.warmupSteps(settings(1, 24)));
    }

    @Test
    void noWarmupAskedIsNoWarmupAndARareUpdateScheduleAddsAtMostFiveTrainings() {
        assertEquals(0, DqnBenchmark.warmupSteps(settings(0, 64)));
        // An update every 65,536 steps: 2,000 of them would be 131 million steps; five trainings are 150,000.
        assertEquals(150_000, DqnBenchmark.warmupSteps(settings(5_000, 65_536)));
        assertEquals(150_000, DqnBenchmark.warmupSteps(settings(5_000, 1 << 21)));
        // Asked for more than that: what was asked.
        assertEquals(400_000, DqnBenchmark.warmupSteps(settings(400_000, 65_536)));
    }
}
