package org.feedgym.env.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MedianTest {

    @Test
    void theMedianOfRoundsIsTheMiddleOneOrTheRoundedMeanOfTheMiddleTwo() {
        long[] rounds = {12_000, 9_000, 15_000};
        assertEquals(12_000, Median.of(rounds));
        assertArrayEquals(new long[] {12_000, 9_000, 15_000}, rounds, "the rounds keep their order");
        assertEquals(10_500, Median.of(new long[] {12_000, 9_000}));
        assertEquals(10_001, Median.of(new long[] {10_000, 10_001}));
        assertEquals(7, Median.of(new long[] {7}));
    }

    @Test
    void noValuesHaveNoMedian() {
        assertThrows(IllegalArgumentException.class, () -> Median.of(new long[0]));
    }
}
