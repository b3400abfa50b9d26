package org.feedgym.simulator.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BootstrapResamplesTest {

    @Test
    void samplesUpToTwentyThousandValuesGetEveryConfiguredResample() {
        assertEquals(2000, Bootstrap.resamples(2000, 0));
        assertEquals(2000, Bootstrap.resamples(2000, 20_000));
        assertEquals(100_000, Bootstrap.resamples(100_000, 500));
    }

    @Test
    void largerSamplesKeepTheValuesDrawnAtConfiguredTimesTwentyThousand() {
        // 2,000 × 20,000 / 100,000 = 400; / 30,000 = 1,333.3, rounded up.
        assertEquals(400, Bootstrap.resamples(2000, 100_000));
        assertEquals(1334, Bootstrap.resamples(2000, 30_000));
    }

    @Test
    void hugeSamplesKeepTwoHundredResamplesUnlessFewerAreConfigured() {
        assertEquals(200, Bootstrap.resamples(2000, 1_000_000));
        assertEquals(150, Bootstrap.resamples(150, 1_000_000));
    }
}
