package org.feedgym.simulator.fidelity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SelectionTest {

    private static InteractionTable table() {
        // Rows in order: like, neither, hate, both.
        return new InteractionTable.Builder(List.of("like", "hate"))
                .add(1, 10, 100, 0.5, 10, 0, true, false)
                .add(1, 11, 200, 0.1, 10, 0, false, false)
                .add(1, 12, 300, 0.2, 10, 1, false, true)
                .add(2, 13, 100, 1.5, 10, 1, true, true)
                .build();
    }

    @Test
    void likeOrHateKeepsTheRowsWithEitherSignalInOrder() {
        InteractionTable t = table();
        assertArrayEquals(new int[] {0, 2, 3}, Selection.likeOrHate().keptRows(t));
        InteractionTable kept = Selection.likeOrHate().apply(t);
        assertEquals(3, kept.size());
        assertEquals(12, kept.item(1));
        assertEquals(2, kept.users());
    }

    @Test
    void allKeepsEveryRow() {
        assertArrayEquals(new int[] {0, 1, 2, 3}, Selection.all().keptRows(table()));
    }

    @Test
    void rowsMustBeStrictlyAscending() {
        var e = assertThrows(IllegalArgumentException.class, () -> table().rows(new int[] {2, 1}));
        assertTrue(e.getMessage().contains("strictly ascending"), e.getMessage());
    }
}
