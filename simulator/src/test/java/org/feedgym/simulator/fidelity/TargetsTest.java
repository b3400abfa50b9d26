package org.feedgym.simulator.fidelity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetsTest {

    private static final TargetOptions OPTIONS = TargetOptions.defaults();
    private static final InteractionTable T = Fixtures.handMade();

    @Test
    void rowsAreGroupedPerUserInTimeOrder() {
        assertEquals(2, T.users());
        assertEquals(List.of(0, 1, 1, 1, 1, 1), java.util.stream.IntStream.range(0, T.size()).map(T::user).boxed().toList());
        assertEquals(List.of(5L, 0L, 60L, 120L, 1921L, 86_500L),
                java.util.stream.IntStream.range(0, T.size()).mapToObj(T::time).toList());
        assertEquals(1, T.userStart(1));
    }

    @Test
    void watchRatioKeepsReplaysAndSkipsUnknownRows() {
        assertArrayEquals(new double[] {0.9, 0.5, 2.0, 1.0, 0.2}, Targets.watchRatio().values(T));
        assertArrayEquals(new double[] {0.9, 0.5, 2.0}, Targets.watchRatioGiven("like").values(T));
        assertArrayEquals(new double[] {1.0}, Targets.watchRatioGiven("hate").values(T));
    }

    @Test
    void sessionsSplitWhereTheGapExceedsThirtyMinutes() {
        // User 0: one session. User 1: rows at 0, 60, 120; then 1921 (1801 s later); then 86 500.
        assertArrayEquals(new double[] {1, 3, 1, 1}, Targets.itemsPerSession(OPTIONS).values(T));
    }

    @Test
    void minutesUseWatchRatioTimesDurationElseTheTimeToTheNextRow() {
        // User 0: 0.9 × 40 = 36 s. User 1's first session: 0.5 × 10 + 60 (unknown; next row 60 s
        // later) + 2 × 30 = 125 s. Then 1 × 20 = 20 s and 0.2 × 50 = 10 s.
        assertArrayEquals(new double[] {36 / 60.0, 125 / 60.0, 20 / 60.0, 10 / 60.0},
                Targets.minutesPerSession(OPTIONS).values(T), 1e-12);
    }

    @Test
    void aSessionsLastRowOfUnknownLengthCountsNothing() {
        InteractionTable t = new InteractionTable.Builder(List.of()).add(0, 1, 0, 1.0, 30, 0)
                .add(0, 2, 100, Double.NaN, 20, 0).build();
        assertArrayEquals(new double[] {0.5}, Targets.minutesPerSession(OPTIONS).values(t), 1e-12);
    }

    @Test
    void returnGapsRunFromTheLastRowOfASessionToTheFirstOfTheNext() {
        assertArrayEquals(new double[] {1801 / 3600.0, (86_500 - 1921) / 3600.0},
                Targets.returnGapHours(OPTIONS).values(T), 1e-12);
    }

    @Test
    void daysActiveCountDistinctCalendarDaysAndFollowTheOffset() {
        assertArrayEquals(new double[] {1, 2}, Targets.daysActive(OPTIONS).values(T));
        // Rows at 1000 s and 80 000 s share a UTC day; 8 hours later (Beijing) the second is on the next one.
        InteractionTable t = new InteractionTable.Builder(List.of()).add(0, 1, 1000, 1, 10, 0)
                .add(0, 2, 80_000, 1, 10, 0).build();
        assertArrayEquals(new double[] {1}, Targets.daysActive(OPTIONS).values(t));
        assertArrayEquals(new double[] {2}, Targets.daysActive(new TargetOptions(1800, 8 * 3600, 2)).values(t));
    }

    @Test
    void topTopicShareIsTheTopTopicsShareOfAUserDayWithEnoughRows() {
        // User 1, day 0: topics 1, 1, 2, 2 → 0.5; day 1 has one row and user 0 no topic: left out.
        assertArrayEquals(new double[] {0.5}, Targets.topTopicShare(OPTIONS).values(T));
        // With one row enough, user 1's day 1 (one row, topic 3) counts as 1; user 0 has no topic.
        assertArrayEquals(new double[] {0.5, 1.0},
                Targets.topTopicShare(new TargetOptions(1800, 0, 1)).values(T));
    }

    @Test
    void theLikeOrHateSelectionDropsRowsWithNeither() {
        InteractionTable kept = Selection.likeOrHate().apply(T);
        assertEquals(5, kept.size());
        assertArrayEquals(new double[] {1, 1}, Targets.daysActive(OPTIONS).values(kept));
        assertEquals(T.size(), Selection.all().apply(T).size());
    }

    @Test
    void aSelectionNeedsItsSignals() {
        InteractionTable t = new InteractionTable.Builder(List.of("like")).add(0, 1, 0, 1, 10, 0, true).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Selection.likeOrHate().apply(t));
        assertEquals("selection 'like or hate' needs signal hate; the table has [like]", e.getMessage());
    }

    @Test
    void aRowIsValidatedWhenAdded() {
        InteractionTable.Builder b = new InteractionTable.Builder(List.of("like"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.add(0, 1, 0, -0.5, 10, 0, true));
        assertEquals("watchRatio must be finite and >= 0 or NaN, got -0.5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> b.add(0, 1, 0, 0.5, 10, 0));
        assertEquals("signals must have one value per name [like], got 0", e.getMessage());
    }

    @Test
    void signalRatesAreCountedPerWatchRatioBin() {
        // Ratios 0.9 (like), 0.5 (like), 2.0 (like), 1.0 (hate), 0.2 (neither); edges 0, 0.25, 0.5,
        // 0.75, 1, 1.5, 2, 3 → bins 0.2 → 0; 0.5 → 2; 0.9 → 3; 1.0 → 4; 2.0 → 6.
        SignalRates.Rates r = SignalRates.Rates.of(T, "like", SignalRates.DEFAULT_EDGES);
        assertEquals(List.of(1, 0, 1, 1, 1, 0, 1, 0), r.rows());
        assertEquals(0.0, r.rate().get(0));
        assertEquals(1.0, r.rate().get(2));
        assertEquals(0.0, r.rate().get(4));
        assertEquals(Double.NaN, r.rate().get(1));
    }
}
