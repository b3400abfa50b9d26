package org.feedgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BlasKernelsTest {

    /**
     * The recorded outputs of the neural agents (golden set, the DQN learning tests) hold for the
     * pinned kernels only: every test JVM must start with them, as the launcher's JVM does.
     */
    @Test
    void testJvmsRunThePinnedKernels() {
        assertEquals(BlasKernels.PINNED, BlasKernels.requested(),
                "the pom's surefire configuration sets " + BlasKernels.VARIABLE + " for every test JVM");
        assertTrue(BlasKernels.pinned());
        assertEquals("Prescott (pinned)", BlasKernels.describe());
    }
}
