package org.feedgym.agents.recommender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class InteractionLogTest {

    @Test
    void sortsRowsByUserThenTimeThenItem() {
        InteractionLog log = InteractionLog.of(3, 5,
                new int[] {2, 0, 2, 0, 2},
                new int[] {4, 1, 3, 0, 1},
                new float[] {0.1f, 0.2f, 0.3f, 0.4f, 0.5f},
                new long[] {10, 20, 10, 5, 0});
        assertEquals(0, log.userStart(0));
        assertEquals(2, log.userEnd(0));
        assertEquals(2, log.userStart(1));
        assertEquals(2, log.userEnd(1), "user 1 has no rows");
        assertEquals(5, log.userEnd(2));
        assertEquals(0, log.item(0), "user 0's oldest row (t = 5)");
        assertEquals(1, log.item(1));
        assertEquals(1, log.item(2), "user 2 at t = 0");
        assertEquals(3, log.item(3), "t = 10: item 3 before item 4");
        assertEquals(4, log.item(4));
        assertEquals(0.3f, log.signal(3));
        assertEquals(10, log.timeMillis(4));
        assertEquals(0.3, log.meanSignal(), 1e-6);
    }

    @Test
    void builderAppendsRowsBeyondItsInitialCapacity() {
        InteractionLog.Builder b = InteractionLog.builder(2, 3);
        for (int r = 0; r < 100; r++) {
            b.add(r % 2, r % 3, 1, r);
        }
        InteractionLog log = b.build();
        assertEquals(100, log.size());
        assertEquals(50, log.userEnd(0));
    }

    @Test
    void rejectsAnItemOutsideTheCatalogNamingTheRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InteractionLog.of(1, 2,
                new int[] {0, 0}, new int[] {1, 2}, new float[] {1, 1}, new long[] {0, 1}));
        assertEquals("row 1: item must be in [0, 2), got 2", e.getMessage());
    }

    @Test
    void rejectsANonFiniteSignal() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InteractionLog.of(1, 2,
                new int[] {0}, new int[] {1}, new float[] {Float.NaN}, new long[] {0}));
        assertEquals("row 0: signal must be finite, got NaN", e.getMessage());
    }
}
