package org.feedgym.simulator.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.feedgym.env.random.Seeds;
import org.junit.jupiter.api.Test;

class RocAucTest {

    @Test
    void aPerfectRankingIsOne() {
        assertEquals(1, RocAuc.of(new double[] {0.9, 0.1, 0.8, 0.2}, new boolean[] {true, false, true, false}));
    }

    @Test
    void aReversedRankingIsZero() {
        assertEquals(0, RocAuc.of(new double[] {0.1, 0.9, 0.2, 0.8}, new boolean[] {true, false, true, false}));
    }

    @Test
    void equalScoresAreOneHalf() {
        assertEquals(0.5, RocAuc.of(new double[] {3, 3, 3, 3, 3}, new boolean[] {true, false, true, false, false}));
    }

    @Test
    void aSmallExampleMatchesTheHandCount() {
        // Positives 0.8, 0.4; negatives 0.6, 0.4, 0.2. 0.8 beats all three (3); 0.4 loses to 0.6,
        // ties 0.4 (1/2), beats 0.2 (1): 4.5 of 6 pairs.
        assertEquals(0.75, RocAuc.of(new double[] {0.8, 0.6, 0.4, 0.4, 0.2},
                new boolean[] {true, false, true, false, false}), 1e-15);
    }

    @Test
    void itEqualsThePairCountOnRandomTiedScores() {
        var random = Seeds.generator(3, "auc", 0);
        double[] s = IntStream.range(0, 200).mapToDouble(i -> Math.rint(random.nextDouble() * 10)).toArray();
        boolean[] y = new boolean[s.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = random.nextDouble() < 0.3 + 0.04 * s[i];
        }
        double wins = 0;
        double pairs = 0;
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s.length; j++) {
                if (y[i] && !y[j]) {
                    wins += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
                    pairs++;
                }
            }
        }
        assertEquals(wins / pairs, RocAuc.of(s, y), 1e-12);
    }

    @Test
    void integerWeightsCountAsRepeatedRows() {
        double[] s = {0.3, 0.7, 0.5, 0.1};
        boolean[] y = {true, false, true, false};
        double[] repeated = {0.3, 0.3, 0.7, 0.5, 0.5, 0.5};
        boolean[] ry = {true, true, false, true, true, true};
        assertEquals(RocAuc.of(repeated, ry), new RocAuc(s, y).weighted(new double[] {2, 1, 3, 0}), 1e-15);
    }

    @Test
    void oneClassHasNoAuc() {
        assertTrue(Double.isNaN(RocAuc.of(new double[] {1, 2}, new boolean[] {true, true})));
    }

    @Test
    void mannWhitneyCountsXAboveY() {
        // 2 beats 1 and 0 and ties 2 (2.5); 3 beats all three (3): 5.5 of 6 pairs.
        assertEquals(5.5 / 6, RocAuc.mannWhitney(new double[] {2, 3}, new double[] {1, 2, 0}), 1e-15);
    }

    @Test
    void aNanScoreIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RocAuc.of(new double[] {Double.NaN}, new boolean[] {true}));
        assertEquals("scores must not be NaN", e.getMessage());
    }

    /** 12 users of 30 rows, all of one label and one score per user, the score a noisy signal of the label. */
    private static final int USERS = 12;
    private static final int ROWS = 30;

    private static double[] clusteredScores() {
        double[] s = new double[USERS * ROWS];
        for (int r = 0; r < s.length; r++) {
            int u = r / ROWS;
            s[r] = (u % 2 == 0 ? 0.6 : 0.4) + 0.5 * Math.sin(7.3 * u);
        }
        return s;
    }

    private static boolean[] clusteredLabels() {
        boolean[] y = new boolean[USERS * ROWS];
        for (int r = 0; r < y.length; r++) {
            y[r] = (r / ROWS) % 2 == 0;
        }
        return y;
    }

    @Test
    void theClusterBootstrapIsSeededAndHoldsThePoint() {
        RocAuc auc = new RocAuc(clusteredScores(), clusteredLabels());
        int[] users = IntStream.range(0, USERS * ROWS).map(r -> r / ROWS).toArray();
        Estimate a = auc.clusterBootstrap(users, 400, Seeds.generator(5, "b", 0));
        Estimate b = auc.clusterBootstrap(users, 400, Seeds.generator(5, "b", 0));
        assertEquals(a, b);
        assertEquals(auc.value(), a.mean());
        assertEquals(USERS, a.n());
        assertTrue(a.ci95Low() <= a.mean() && a.mean() <= a.ci95High(), a.toString());
    }

    @Test
    void resamplingUsersGivesAWiderIntervalThanResamplingRowsWhenRowsOfAUserAreAlike() {
        // Each user's 30 rows are copies of one another: there are 12 observations, not 360. A
        // row-level bootstrap (each row its own cluster) would pretend there are 360.
        RocAuc auc = new RocAuc(clusteredScores(), clusteredLabels());
        int[] users = IntStream.range(0, USERS * ROWS).map(r -> r / ROWS).toArray();
        int[] rows = IntStream.range(0, USERS * ROWS).toArray();
        Estimate byUser = auc.clusterBootstrap(users, 400, Seeds.generator(5, "b", 0));
        Estimate byRow = auc.clusterBootstrap(rows, 400, Seeds.generator(5, "b", 0));
        assertTrue(byUser.ci95High() - byUser.ci95Low() > 2 * (byRow.ci95High() - byRow.ci95Low()),
                byUser + " vs " + byRow);
    }

    @Test
    void oneUserHasNoInterval() {
        Estimate e = new RocAuc(new double[] {1, 0}, new boolean[] {true, false})
                .clusterBootstrap(new int[] {4, 4}, 100, Seeds.generator(1, "b", 0));
        assertEquals(1, e.mean());
        assertTrue(Double.isNaN(e.ci95Low()));
        assertEquals(1, e.n());
    }
}
