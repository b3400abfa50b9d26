package org.feedgym.simulator.offline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.feedgym.env.data.InteractionLog;
import org.junit.jupiter.api.Test;

class LogSplitTest {

    /** Two users with 10 and 20 rows at times 0, 1, 2, ...; items are the times. */
    private static InteractionLog log() {
        InteractionLog.Builder b = InteractionLog.builder(3, 20);
        for (int t = 0; t < 10; t++) {
            b.add(0, t, 1, t);
        }
        for (int t = 0; t < 20; t++) {
            b.add(2, t, 1, t);
        }
        return b.build();
    }

    @Test
    void eachUserGetsRoundedShareOfTestAndValidationRows() {
        assertArrayEquals(new int[] {16, 2, 2}, LogSplit.counts(20, 0.1, 0.1));
        assertArrayEquals(new int[] {11, 2, 2}, LogSplit.counts(15, 0.1, 0.1), "1.5 rounds up");
        assertArrayEquals(new int[] {3, 1, 1}, LogSplit.counts(5, 0.1, 0.1));
        assertArrayEquals(new int[] {4, 0, 0}, LogSplit.counts(4, 0.1, 0.1), "0.4 rounds down: no test row");
        assertArrayEquals(new int[] {1, 0, 0}, LogSplit.counts(1, 0.1, 0.1));
    }

    @Test
    void everyUserKeepsATrainingRow() {
        // 2 × 0.25 rounds up to one test and one validation row, which would leave no training row:
        // validation gives its row back first.
        assertArrayEquals(new int[] {1, 0, 1}, LogSplit.counts(2, 0.25, 0.25));
        assertArrayEquals(new int[] {1, 0, 0}, LogSplit.counts(1, 0.5, 0.5));
    }

    @Test
    void aTemporalSplitTestsTheNewestRows() {
        LogSplit s = LogSplit.of(log(), SplitConfig.defaults(), 1);
        InteractionLog l = s.log();
        // User 0: times 0..7 train, 8 validation, 9 test. User 2: 0..15 train, 16–17 validation, 18–19 test.
        for (int r = l.userStart(0); r < l.userEnd(0); r++) {
            long t = l.timeMillis(r);
            assertEquals(t < 8 ? LogSplit.TRAIN : t < 9 ? LogSplit.VALIDATION : LogSplit.TEST, s.part(r), "t=" + t);
        }
        for (int r = l.userStart(2); r < l.userEnd(2); r++) {
            long t = l.timeMillis(r);
            assertEquals(t < 16 ? LogSplit.TRAIN : t < 18 ? LogSplit.VALIDATION : LogSplit.TEST, s.part(r), "t=" + t);
        }
        assertEquals(24, s.count(LogSplit.TRAIN));
        assertEquals(3, s.count(LogSplit.VALIDATION));
        assertEquals(3, s.count(LogSplit.TEST));
    }

    @Test
    void theTrainingLogHoldsOnlyTrainingRowsOverTheSameUsersAndItems() {
        LogSplit s = LogSplit.of(log(), SplitConfig.defaults(), 1);
        InteractionLog train = s.train();
        assertEquals(24, train.size());
        assertEquals(3, train.userCount());
        assertEquals(20, train.itemCount());
        assertEquals(8, train.userEnd(0) - train.userStart(0));
        assertEquals(15, train.timeMillis(train.userEnd(2) - 1), "user 2's newest training row");
    }

    @Test
    void aRandomSplitIsSeededAndKeepsTheShares() {
        SplitConfig random = new SplitConfig("random", null, null, null);
        LogSplit a = LogSplit.of(log(), random, 1);
        LogSplit b = LogSplit.of(log(), random, 1);
        LogSplit c = LogSplit.of(log(), random, 2);
        byte[] pa = parts(a);
        assertArrayEquals(pa, parts(b));
        assertFalse(Arrays.equals(pa, parts(c)), "another seed, another split");
        assertEquals(24, a.count(LogSplit.TRAIN));
        assertEquals(3, a.count(LogSplit.TEST));
        assertFalse(Arrays.equals(pa, parts(LogSplit.of(log(), SplitConfig.defaults(), 1))), "not the temporal one");
    }

    private static byte[] parts(LogSplit s) {
        byte[] p = new byte[s.log().size()];
        for (int r = 0; r < p.length; r++) {
            p[r] = s.part(r);
        }
        return p;
    }
}
