package org.feedgym.simulator.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EstimateTest {

    @Test
    void meanAndStudentTIntervalOfAHandComputedSample() {
        // values 1..5: mean 3, sample sd sqrt(2.5), se = sqrt(2.5/5) = 0.70711, t(4) = 2.776445
        Estimate e = Estimate.of(new double[] {1, 2, 3, 4, 5});
        assertEquals(3.0, e.mean(), 1e-12);
        assertEquals(3.0 - 2.776445105 * Math.sqrt(0.5), e.ci95Low(), 1e-8);
        assertEquals(3.0 + 2.776445105 * Math.sqrt(0.5), e.ci95High(), 1e-8);
        assertEquals(5, e.n());
    }

    @Test
    void nanValuesAreLeftOut() {
        Estimate e = Estimate.of(new double[] {Double.NaN, 2, 4});
        assertEquals(3.0, e.mean(), 1e-12);
        assertEquals(2, e.n());
    }

    @Test
    void oneValueHasNoInterval() {
        Estimate e = Estimate.of(new double[] {7});
        assertEquals(7.0, e.mean());
        assertTrue(Double.isNaN(e.ci95Low()));
    }

    @Test
    void noValuesHaveNoMean() {
        assertTrue(Double.isNaN(Estimate.of(new double[0]).mean()));
    }

    @Test
    void tQuantilesMatchTablesAndApproachTheNormal() {
        assertEquals(12.706204736, StudentT.quantile975(1), 1e-9);
        assertEquals(2.042272456, StudentT.quantile975(30), 1e-9);
        assertEquals(2.021075390, StudentT.quantile975(40), 1e-5);
        assertEquals(1.983971519, StudentT.quantile975(100), 1e-5);
        assertEquals(1.959963985, StudentT.quantile975(1_000_000), 1e-5);
    }

    @Test
    void entropyOfUniformAndDegenerateDistributions() {
        assertEquals(2.0, Entropy.bits(new int[] {5, 5, 5, 5}, 0, 4), 1e-12);
        assertEquals(0.0, Entropy.bits(new int[] {0, 9, 0}, 0, 3), 1e-12);
        assertEquals(1.0, Entropy.bits(new int[] {7, 3, 3, 1}, 1, 2), 1e-12);
        assertEquals(0.0, Entropy.bits(new int[] {0, 0}, 0, 2));
    }

    @Test
    void wilsonIntervalsMatchPublishedValues() {
        // Newcombe (1998), Table I: 1 of 10 gives 0.0179 to 0.4042; 0 of 10 gives 0 to 0.2775.
        Estimate one = Estimate.proportion(new double[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        assertEquals(0.1, one.mean(), 1e-15);
        assertEquals(0.017876, one.ci95Low(), 1e-6);
        assertEquals(0.404150, one.ci95High(), 1e-6);
        assertEquals(10, one.n());
        Estimate none = Estimate.proportion(new double[10]);
        assertEquals(0.0, none.ci95Low());
        assertEquals(0.277533, none.ci95High(), 1e-6);
        double[] all = new double[10];
        java.util.Arrays.fill(all, 1);
        Estimate every = Estimate.proportion(all);
        assertEquals(0.722467, every.ci95Low(), 1e-6);
        assertEquals(1.0, every.ci95High());
    }

    @Test
    void aRareEventsIntervalStaysAtOrAboveZeroWhereStudentTsDoesNot() {
        // 1 user of 400 reached a harmful item: the t interval's lower end is below 0, Wilson's is not.
        double[] reached = new double[400];
        reached[17] = 1;
        reached[233] = Double.NaN;
        assertTrue(Estimate.of(reached).ci95Low() < 0, "the control: Student t crosses 0 here");
        Estimate wilson = Estimate.proportion(reached);
        assertEquals(399, wilson.n());
        assertTrue(wilson.ci95Low() > 0 && wilson.ci95Low() < wilson.mean(), wilson.toString());
        assertTrue(wilson.ci95High() > wilson.mean() && wilson.ci95High() < 0.02, wilson.toString());
    }

    @Test
    void aProportionRefusesValuesOtherThanZeroAndOne() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Estimate.proportion(new double[] {0, 1, 0.5}));
        assertTrue(e.getMessage().contains("0 or 1, got 0.5"), e.getMessage());
    }

    @Test
    void withinCutsOnlyTheBoundsOutsideTheRange() {
        Estimate e = new Estimate(0.01, -0.02, 0.04, 5);
        assertEquals(new Estimate(0.01, 0.0, 0.04, 5), e.within(0, 1));
        assertSame(e, e.within(-1, 1));
        Estimate undefined = new Estimate(0.5, Double.NaN, Double.NaN, 1);
        assertSame(undefined, undefined.within(0, 1));
        assertEquals(new Estimate(0.99, 0.9, 1.0, 3), new Estimate(0.99, 0.9, 1.08, 3).within(0, 1));
    }

    @Test
    void aRangeChoosesTheIntervalAndADifferenceSpansBothWays() {
        double[] shares = {0, 0, 0, 0.01, 0, 0};
        Estimate t = Estimate.of(shares);
        assertTrue(t.ci95Low() < 0);
        assertEquals(t.within(0, 1), ValueRange.UNIT.estimate(shares));
        assertEquals(Estimate.proportion(new double[] {0, 1, 1}), ValueRange.PROPORTION.estimate(new double[] {0, 1, 1}));
        assertEquals(ValueRange.of(-1, 1), ValueRange.UNIT.ofDifference());
        assertEquals(ValueRange.ANY, ValueRange.NON_NEGATIVE.ofDifference());
        assertThrows(IllegalArgumentException.class, () -> ValueRange.of(1, 1));
    }

    @Test
    void aTableShowsPlusMinusOnlyWhenTheIntervalIsSymmetricAtThePrintedPrecision() {
        assertEquals("4.19 ± 0.26", new Estimate(4.19, 3.93, 4.45, 1000).format("%.2f"));
        assertEquals("15.4 [0.0, 95.3]", new Estimate(15.4, 0.0, 95.3, 2).format("%.1f"));
        assertEquals("0.0007 [0.0000, 0.0015]", new Estimate(0.0007, 0, 0.0015, 639).format("%.4f"));
        assertEquals("7.0", new Estimate(7, Double.NaN, Double.NaN, 1).format("%.1f"));
        assertEquals("-", new Estimate(Double.NaN, Double.NaN, Double.NaN, 0).format("%.1f"));
    }
}
