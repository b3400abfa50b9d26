package org.feedgym.simulator.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.feedgym.agents.OfflineScorer;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.simulator.metrics.Estimate;
import org.junit.jupiter.api.Test;

/**
 * A hand-worked evaluation. Two users, six items, split 50/25/25 (each user's 4 rows: 2 train,
 * 1 validation, 1 test, by time), threshold 4, K = 2:
 * <pre>
 *   user 0:  i0 5 (train)  i1 2 (train)  i2 4 (validation)  i3 5   (test)
 *   user 1:  i3 4 (train)  i4 1 (train)  i5 3 (validation)  i0 4.5 (test)
 * </pre>
 * Training popularity: i0, i1, i3, i4 once each; i2, i5 never. The fake scorer's scores:
 * <pre>
 *   user 0:  .9 .8 .7 .1 .5 .5
 *   user 1:  .2 .0 .3 .9 .0 .6
 * </pre>
 * User 0, validation: candidates i2 .7, i3 .1, i4 .5, i5 .5 (i0, i1 trained) → top 2 = i2, then
 * i4 (ties i5 on .5 and is more popular). Relevant {i2}: hits [1, 0] → P .5, R 1, NDCG 1.
 * User 0, test: i2 is now known too; top 2 = i4, i5; relevant {i3}: P 0, R 0, NDCG 0.
 * User 1, validation: its held-out i5 has signal 3 &lt; 4: nothing relevant, not ranked.
 * User 1, test: candidates i0 .2, i1 0, i2 .3 → top 2 = i2, i0; relevant {i0}: hits [0, 1] →
 * P .5, R 1, NDCG 1/log2(3) = .6309298.
 * Errors on test when the scores are predictions: .1 − 5 = −4.9 and .2 − 4.5 = −4.3 →
 * MSE (24.01 + 18.49) / 2 = 21.25, MAE 4.6, RMSE √21.25. Train mean (5 + 2 + 4 + 1) / 4 = 3:
 * errors −2 and −1.5 → MSE 3.125, MAE 1.75.
 */
class OfflineEvaluatorTest {

    private static final double EPS = 1e-9;

    private static LogSplit split() {
        InteractionLog log = InteractionLog.of(2, 6,
                new int[] {0, 0, 0, 0, 1, 1, 1, 1},
                new int[] {0, 1, 2, 3, 3, 4, 5, 0},
                new float[] {5, 2, 4, 5, 4, 1, 3, 4.5f},
                new long[] {0, 1, 2, 3, 0, 1, 2, 3});
        return LogSplit.of(log, new SplitConfig("temporal", 0.5, 0.25, 0.25), 1);
    }

    /** Fixed scores per user; predicts the signal when told to. */
    private record Fixed(boolean predictsSignal) implements OfflineScorer {
        private static final double[][] SCORES = {{.9, .8, .7, .1, .5, .5}, {.2, 0, .3, .9, 0, .6}};

        @Override
        public String type() {
            return "fixed";
        }

        @Override
        public void fit(InteractionLog train) {
        }

        @Override
        public void scoreItems(int user, double[] scores) {
            System.arraycopy(SCORES[user], 0, scores, 0, scores.length);
        }
    }

    @Test
    void rankingMetricsAreTheHandWorkedOnes() throws Exception {
        OfflineEvaluator.Result r = new OfflineEvaluator(split(), 2, 4).evaluate("f", new Fixed(false));
        OfflineEvaluator.Part test = r.test();
        assertEquals(2, test.users());
        assertEquals(2, test.rankedUsers());
        assertEquals(2, test.rows());
        assertEquals(0.25, test.ranking().precision().mean(), EPS);
        assertEquals(0.5, test.ranking().recall().mean(), EPS);
        assertEquals(Math.log(2) / Math.log(3) / 2, test.ranking().ndcg().mean(), EPS);
        assertNull(test.errors(), "a pure ranking scorer has no error metrics");
    }

    @Test
    void aUserWithoutRelevantHeldOutItemsIsCountedButNotRanked() throws Exception {
        OfflineEvaluator.Part validation = new OfflineEvaluator(split(), 2, 4).evaluate("f", new Fixed(false))
                .validation();
        assertEquals(2, validation.users());
        assertEquals(1, validation.rankedUsers());
        assertEquals(0.5, validation.ranking().precision().mean(), EPS);
        assertEquals(1, validation.ranking().recall().mean(), EPS);
        assertEquals(1, validation.ranking().ndcg().mean(), EPS);
        assertEquals(1, validation.ranking().ndcg().n());
    }

    @Test
    void errorMetricsCoverEveryHeldOutRowOfAPredictingScorer() throws Exception {
        OfflineEvaluator.Errors e = new OfflineEvaluator(split(), 2, 4).evaluate("f", new Fixed(true)).test().errors();
        assertEquals(21.25, e.mse().mean(), 1e-6);
        assertEquals(4.6, e.mae().mean(), 1e-6);
        assertEquals(Math.sqrt(21.25), e.rmse().mean(), 1e-6);
        assertEquals(2, e.rmse().n());
        assertEquals(0, e.rmse().ci95Low(), "the MSE interval reaches below 0 with two rows: floored");
    }

    @Test
    void theTrainMeanIsTheFloorOfTheErrors() {
        OfflineEvaluator.Errors e = new OfflineEvaluator(split(), 2, 4).trainMeanErrors(LogSplit.TEST);
        assertEquals(3.125, e.mse().mean(), 1e-6);
        assertEquals(1.75, e.mae().mean(), 1e-6);
    }

    @Test
    void rmseTakesTheSquareRootsOfTheMseBounds() {
        OfflineEvaluator.Errors e = OfflineEvaluator.Errors.of(new double[] {1, 4, 9, 16}, new double[] {1, 2, 3, 4}, 4);
        Estimate mse = e.mse();
        assertEquals(7.5, mse.mean(), EPS);
        assertEquals(Math.sqrt(mse.ci95High()), e.rmse().ci95High(), EPS);
        assertEquals(Math.sqrt(Math.max(0, mse.ci95Low())), e.rmse().ci95Low(), EPS);
    }
}
