package org.feedgym.simulator.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
