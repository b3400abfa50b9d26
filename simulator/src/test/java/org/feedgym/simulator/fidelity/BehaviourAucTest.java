package org.feedgym.simulator.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BehaviourAucTest {

    private static final boolean[] LIKE = {true, false, true, false, true, false, true, true};
    private static final int[] USER = {0, 0, 1, 1, 2, 2, 3, 3};

    @Test
    void predictorsWithEqualScoresGetEqualIntervalsBecauseTheyShareResamples() {
        double[] s = {0.9, 0.1, 0.4, 0.6, 0.8, 0.3, 0.5, 0.7};
        BehaviourAuc b = BehaviourAuc.compute("like-vs-hate", LIKE, USER, new BehaviourAuc.Scores(s, s, s, s), 200, 3);
        assertEquals(b.modelDefault(), b.logisticRegression());
        assertEquals(b.modelDefault(), b.itemPopularity());
        assertEquals(5, b.positives());
        assertEquals(3, b.negatives());
        assertEquals(4, b.users());
    }

    @Test
    void theSeedDecidesTheInterval() {
        double[] s = {0.9, 0.1, 0.4, 0.6, 0.8, 0.3, 0.5, 0.7};
        BehaviourAuc.Scores scores = new BehaviourAuc.Scores(s, s, s, s);
        BehaviourAuc a = BehaviourAuc.compute("x", LIKE, USER, scores, 200, 3);
        assertEquals(a, BehaviourAuc.compute("x", LIKE, USER, scores, 200, 3));
        assertNotEquals(a.modelDefault(), BehaviourAuc.compute("x", LIKE, USER, scores, 200, 4).modelDefault());
    }

    @Test
    void itemPopularityCountsLikesOfTheFittingRowsOnly() {
        InteractionTable fitting = new InteractionTable.Builder(Fixtures.SIGNALS)
                .add(0, 7, 0, 1, 10, 0, true, false).add(1, 7, 0, 1, 10, 0, true, false)
                .add(1, 8, 5, 1, 10, 0, false, true).add(2, 8, 9, 1, 10, 0, true, false).build();
        ItemPopularity p = ItemPopularity.fit(fitting, "like");
        assertEquals(2, p.score(7));
        assertEquals(1, p.score(8));
        assertEquals(0, p.score(9));
    }

    @Test
    void theFixturesModelThatIsCloserToTheTruthRanksBetter() {
        BehaviourAuc b = FidelityFixture.example().auc().get(0);
        assertTrue(b.modelCalibrated().value() > b.modelDefault().value(), b.toString());
        assertTrue(b.modelCalibrated().ci95Low() <= b.modelCalibrated().value()
                && b.modelCalibrated().value() <= b.modelCalibrated().ci95High(), b.toString());
    }
}
