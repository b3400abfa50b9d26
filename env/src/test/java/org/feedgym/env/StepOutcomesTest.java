package org.feedgym.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * {@link StepOutcomes#clear} skips a row that is still as the last clear left it: every writer
 * must therefore make the next clear do its work again.
 */
class StepOutcomesTest {

    @Test
    void aClearAfterAnyWriteLeavesTheRowBlank() {
        List<BiConsumer<StepOutcomes, Integer>> writers = List.of(
                (o, u) -> o.recordResponse(u, 7, 30, 0.5, 12, true, true, true, true, 1.5),
                (o, u) -> o.setReward(u, -2),
                (o, u) -> o.recordEnd(u, EndReason.STEP_LIMIT, true),
                (o, u) -> o.recordHate(u, true));
        for (BiConsumer<StepOutcomes, Integer> writer : writers) {
            StepOutcomes o = new StepOutcomes(3, null);
            o.clear(1);
            o.clear(1);
            writer.accept(o, 1);
            o.clear(1);
            assertBlank(o, 1);
        }
    }

    @Test
    void aRowNeverClearedIsNotTakenForBlank() {
        StepOutcomes o = new StepOutcomes(2, null);
        o.recordResponse(0, 3, 1, 1, 1, true, false, false, false, 1);
        o.clear(0);
        assertBlank(o, 0);
        o.clear(1);
        assertBlank(o, 1);
    }

    private static void assertBlank(StepOutcomes o, int u) {
        assertEquals(-1, o.shownItem(u));
        assertEquals(0, o.shownAtSeconds(u));
        assertEquals(0, o.watchFraction(u));
        assertEquals(0, o.watchSeconds(u));
        assertEquals(0, o.reward(u));
        assertFalse(o.liked(u) || o.shared(u) || o.commented(u) || o.downloaded(u) || o.hated(u));
        assertFalse(o.terminated(u) || o.truncated(u) || o.sessionStarted(u));
        assertEquals(EndReason.NONE, o.endReason(u));
    }
}
