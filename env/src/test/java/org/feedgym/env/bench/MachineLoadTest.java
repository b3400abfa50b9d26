package org.feedgym.env.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MachineLoadTest {

    @Test
    void keepsTheThreeAveragesOfALoadavgLine() {
        assertEquals("0.42 0.95 1.43", MachineLoad.parse("0.42 0.95 1.43 2/345 6789\n"));
    }

    @Test
    void saysUnknownForAMissingOrShortLine() {
        assertEquals("unknown", MachineLoad.parse(null));
        assertEquals("unknown", MachineLoad.parse("0.42 0.95"));
        assertEquals("unknown", MachineLoad.parse(""));
    }

    @Test
    void readsThisMachinesAveragesOrSaysUnknown() {
        String load = MachineLoad.now();
        assertTrue(load.equals("unknown") || load.matches("\\d+\\.\\d+ \\d+\\.\\d+ \\d+\\.\\d+"), load);
    }
}
