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

    @Test
    void itemPopularityIsFittedOnTheFittingUsersOnly() {
        // Held-out users like items 100..109 and hate items 0..9; the fitting users never saw
        // items 100..109 and liked and hated items 0..9 alike. Popularity learned from held-out
        // rows would rank every like first (AUC 1); from the fitting rows it knows nothing of the
        // liked items, which all score 0 below the hated ones it has seen liked: AUC 0.
        InteractionTable.Builder fit = new InteractionTable.Builder(Fixtures.SIGNALS);
        InteractionTable.Builder held = new InteractionTable.Builder(Fixtures.SIGNALS);
        for (int i = 0; i < 10; i++) {
            fit.add(0, i, i, 1, 10, 0, true, false).add(1, i, i, 0.1, 10, 0, false, true);
            held.add(2 + i % 3, 100 + i, i, 1, 10, 0, true, false).add(2 + i % 3, i, 50 + i, 0.1, 10, 0, false, true);
        }
        InteractionTable f = fit.build();
        InteractionTable h = held.build();
        double[][] ff = new double[f.size()][];
        double[][] hf = new double[h.size()][];
        for (int r = 0; r < ff.length; r++) {
            ff[r] = new double[] {f.watchRatio(r)};
        }
        for (int r = 0; r < hf.length; r++) {
            hf[r] = new double[] {h.watchRatio(r)};
        }
        double[] none = new double[h.size()];
        BehaviourAuc b = BehaviourAuc.onHeldOut("like-vs-hate", "like", new BehaviourAuc.FeatureRows(f, ff),
                new BehaviourAuc.FeatureRows(h, hf), none, none, 1e-3, 100, 1);
        assertEquals(0, b.itemPopularity().value());
        assertEquals(0.5, b.modelDefault().value());
        // The watch ratio separates like from hate in both halves: the regression ranks perfectly.
        assertEquals(1, b.logisticRegression().value());
        assertEquals(3, b.users());
    }
}
