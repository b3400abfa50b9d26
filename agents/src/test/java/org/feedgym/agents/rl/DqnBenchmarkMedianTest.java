package org.feedgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DqnBenchmarkMedianTest {

    @Test
    void theMedianOfRoundsIsTheMiddleOneOrTheRoundedMeanOfTheMiddleTwo() {
        long[] rounds = {12_000, 9_000, 15_000};
        assertEquals(12_000, DqnBenchmark.median(rounds));
        assertArrayEquals(new long[] {12_000, 9_000, 15_000}, rounds, "the rounds keep their order");
        assertEquals(10_500, DqnBenchmark.median(new long[] {12_000, 9_000}));
        assertEquals(10_001, DqnBenchmark.median(new long[] {10_000, 10_001}));
        assertEquals(7, DqnBenchmark.median(new long[] {7}));
    }
}
