package org.feedgym.simulator.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    private static final double EPS = 1e-9;

    // Ranks 1 and 3 of a top-3 list are relevant; the user has 4 relevant items.
    private static final boolean[] HITS = {true, false, true};

    @Test
    void precisionIsTheShareOfTheTopKThatIsRelevant() {
        assertEquals(2.0 / 3, RankingMetrics.precision(HITS, 3), EPS);
    }

    @Test
    void recallIsTheShareOfTheRelevantItemsInTheTopK() {
        assertEquals(2.0 / 4, RankingMetrics.recall(HITS, 3, 4), EPS);
    }

    @Test
    void ndcgDividesTheDiscountedGainByTheIdealOne() {
        // DCG = 1/log2(2) + 1/log2(4) = 1.5; IDCG = 1 + 1/log2(3) + 1/log2(4) = 2.1309298 (3 of the 4 fit in K = 3).
        double idcg = 1 + Math.log(2) / Math.log(3) + 0.5;
        assertEquals(1.5 / idcg, RankingMetrics.ndcg(HITS, 3, 4), EPS);
        assertEquals(0.7039180890341347, RankingMetrics.ndcg(HITS, 3, 4), EPS);
    }

    @Test
    void aShortListCountsItsMissingRanksAsMisses() {
        boolean[] one = {true};
        assertEquals(0.2, RankingMetrics.precision(one, 5), EPS);
        assertEquals(1.0, RankingMetrics.recall(one, 5, 1), EPS);
        assertEquals(1.0, RankingMetrics.ndcg(one, 5, 1), EPS);
    }

    @Test
    void aHitBelowTheCutOffDoesNotCount() {
        boolean[] late = {false, false, true};
        assertEquals(0, RankingMetrics.precision(late, 2), EPS);
        assertEquals(0, RankingMetrics.ndcg(late, 2, 1), EPS);
    }

    @Test
    void recallNeedsARelevantItem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RankingMetrics.recall(HITS, 3, 0));
        assertEquals("relevant must be >= 1, got 0", e.getMessage());
    }
}
