package org.feedgym.env.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The one interaction log: dense and source-id forms, sorting, subsets and derived signals. */
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

    @Test
    void aDenseLogNamesEveryIndexByItselfAndCountsUsersWithoutRows() {
        InteractionLog log = InteractionLog.of(3, 2, new int[] {2}, new int[] {1}, new float[] {1}, new long[] {0});
        assertEquals(3, log.userCount());
        assertEquals(2, log.userId(2));
        assertEquals(1, log.itemId(1));
        assertEquals(2, log.userIndex(2));
    }

    @Test
    void aSubsetKeepsTheUsersItemsAndRowOrder() {
        InteractionLog log = InteractionLog.of(new long[] {7, 5, 7}, new long[] {10, 20}, new int[] {0, 1, 1},
                new float[] {1, 2, 3}, new long[] {1, 1, 2});
        // Sorted: user 5 (index 0) row (item 1, 2), then user 7 (index 1): (item 0, 1) at t=1, (item 1, 3) at t=2.
        InteractionLog sub = log.subset(new int[] {0, 2});
        assertEquals(2, sub.size());
        assertEquals(2, sub.userCount());
        assertEquals(7, sub.userId(1));
        assertEquals(1, sub.userEnd(0) - sub.userStart(0), "user 5 keeps its one row");
        assertEquals(1, sub.userEnd(1) - sub.userStart(1), "user 7 keeps only its second row");
        assertEquals(3f, sub.signal(1));
        assertEquals(20, sub.itemId(sub.item(1)));
    }

    @Test
    void aSubsetRejectsRowsOutOfOrder() {
        InteractionLog log = InteractionLog.of(1, 1, new int[] {0, 0}, new int[] {0, 0}, new float[] {1, 1},
                new long[] {0, 1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> log.subset(new int[] {1, 0}));
        assertEquals("rows must be strictly ascending in [0, 2), got 0 at position 1", e.getMessage());
    }

    @Test
    void withSignalsReplacesOnlyTheSignals() {
        InteractionLog log = InteractionLog.of(2, 2, new int[] {1, 0}, new int[] {0, 1}, new float[] {1, 2},
                new long[] {5, 6});
        InteractionLog watch = log.withSignals(new float[] {0.5f, 3f});
        assertEquals(0.5f, watch.signal(0));
        assertEquals(log.item(0), watch.item(0));
        assertEquals(log.timeMillis(1), watch.timeMillis(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> log.withSignals(new float[] {1, Float.POSITIVE_INFINITY}));
        assertEquals("row 1: signal must be finite, got Infinity", e.getMessage());
    }
}
