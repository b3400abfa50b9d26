package org.feedgym.simulator.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WilsonTest {

    @Test
    void matchesThePublishedIntervalForEightOfTen() {
        // Wilson interval for 8/10 at 95%: [0.490, 0.943] (Newcombe 1998, table I style check).
        double[] ci = Wilson.interval95(8, 10);
        assertEquals(0.490, ci[0], 0.001);
        assertEquals(0.943, ci[1], 0.001);
    }

    @Test
    void anAlwaysTrueConclusionHasAnUpperBoundOfOne() {
        double[] ci = Wilson.interval95(20, 20);
        assertEquals(1.0, ci[1], 1e-12);
        assertEquals(0.839, ci[0], 0.001);
    }
}
