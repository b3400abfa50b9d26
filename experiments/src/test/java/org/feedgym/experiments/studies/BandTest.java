package org.feedgym.experiments.studies;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class BandTest {

    @Test
    void aBandAcceptsItsEdgesAndRejectsBeyond() {
        Band band = new Band("x", 0.22, 0.05, "test");
        assertDoesNotThrow(() -> band.check(0.269));
        assertDoesNotThrow(() -> band.check(0.171));
        assertThrows(AssertionFailedError.class, () -> band.check(0.28));
        assertThrows(AssertionFailedError.class, () -> band.check(0.16));
    }

    @Test
    void aKnownGapFailsWhenItClosesOrWidens() {
        KnownGap gap = new KnownGap("x", 0.5, 0.77, 0.1, "test");
        assertDoesNotThrow(() -> gap.check(0.8));
        assertThrows(AssertionFailedError.class, () -> gap.check(0.5), "closed");
        assertThrows(AssertionFailedError.class, () -> gap.check(0.9), "widened");
    }

    @Test
    void aKnownGapsDriftMustBeSmallerThanTheGap() {
        assertThrows(IllegalArgumentException.class, () -> new KnownGap("x", 0.5, 0.77, 0.3, "test"));
    }
}
