package org.feedgym.agents.recommender;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UserHistoriesTest {

    @Test
    void keepsTheLatestEntriesNewestFirst() {
        UserHistories h = new UserHistories(3);
        h.reset(2);
        for (int item = 1; item <= 5; item++) {
            h.add(1, item, item / 10.0);
        }
        assertEquals(0, h.size(0));
        assertEquals(3, h.size(1));
        assertEquals(5, h.item(1, 0));
        assertEquals(4, h.item(1, 1));
        assertEquals(3, h.item(1, 2));
        assertEquals(0.4f, h.signal(1, 1));
        assertEquals(0.4, h.meanSignal(1), 1e-6);
    }
}
