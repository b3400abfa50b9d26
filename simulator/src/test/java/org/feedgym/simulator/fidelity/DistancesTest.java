package org.feedgym.simulator.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.feedgym.env.random.Seeds;
import org.junit.jupiter.api.Test;

class DistancesTest {

    private static final double[] TEN = IntStream.range(0, 10).asDoubleStream().toArray();

    @Test
    void identicalSamplesAreZeroApart() {
        double[] a = {3, 1, 2, 2, 5};
        assertEquals(0, Distances.kolmogorovSmirnov(a, a.clone()));
        assertEquals(0, Distances.wasserstein1(a, a.clone()));
    }

    @Test
    void pointMassesAreTheirDistanceApart() {
        assertEquals(3, Distances.wasserstein1(new double[] {2, 2}, new double[] {5}), 1e-12);
        assertEquals(1, Distances.kolmogorovSmirnov(new double[] {2, 2}, new double[] {5}));
    }

    @Test
    void aShiftedUniformSampleIsItsShiftApartInWassersteinAndShiftOverSpacingInKs() {
        // F jumps at 0..9 and G at 0.5..9.5: just after each k, F = (k+1)/10 and G = k/10.
        double[] half = Arrays.stream(TEN).map(v -> v + 0.5).toArray();
        assertEquals(0.1, Distances.kolmogorovSmirnov(TEN, half), 1e-12);
        assertEquals(0.5, Distances.wasserstein1(TEN, half), 1e-12);
        // Shifted by 3 values: F − G = 3/10 on [3, 10).
        double[] three = Arrays.stream(TEN).map(v -> v + 3).toArray();
        assertEquals(0.3, Distances.kolmogorovSmirnov(TEN, three), 1e-12);
        assertEquals(3, Distances.wasserstein1(TEN, three), 1e-12);
    }

    @Test
    void tiesAndUnequalSizesFollowTheEmpiricalCdfs() {
        // F(1) = 2/3, G(1) = 1/4; both reach 1 at 2. Sup and integral over [1, 2) are 5/12.
        double[] a = {1, 1, 2};
        double[] b = {2, 1, 2, 2};
        assertEquals(5.0 / 12, Distances.kolmogorovSmirnov(a, b), 1e-12);
        assertEquals(5.0 / 12, Distances.wasserstein1(a, b), 1e-12);
        assertEquals(Distances.wasserstein1(a, b), Distances.wasserstein1(b, a), 1e-15);
    }

    @Test
    void ksMatchesCommonsMathOnSamplesWithoutTies() {
        var random = Seeds.generator(1, "ks", 0);
        double[] a = IntStream.range(0, 57).mapToDouble(i -> random.nextGaussian()).toArray();
        double[] b = IntStream.range(0, 91).mapToDouble(i -> 0.3 + 1.2 * random.nextGaussian()).toArray();
        assertEquals(new KolmogorovSmirnovTest().kolmogorovSmirnovStatistic(a, b), Distances.kolmogorovSmirnov(a, b),
                1e-12);
    }

    @Test
    void wassersteinOfUnequalSizesEqualsTheSortedDifferenceOfTheSamplesRepeatedToACommonSize() {
        // Repeating each of n values m times (and each of m values n times) leaves both empirical
        // distributions unchanged; for two samples of equal size W1 is the mean absolute
        // difference of the sorted values.
        var random = Seeds.generator(2, "w1", 0);
        double[] a = IntStream.range(0, 6).mapToDouble(i -> Math.rint(random.nextDouble() * 4)).toArray();
        double[] b = IntStream.range(0, 4).mapToDouble(i -> random.nextDouble() * 5).toArray();
        double[] ra = Arrays.stream(a).flatMap(v -> Arrays.stream(new double[b.length]).map(x -> v)).sorted().toArray();
        double[] rb = Arrays.stream(b).flatMap(v -> Arrays.stream(new double[a.length]).map(x -> v)).sorted().toArray();
        double expected = IntStream.range(0, ra.length).mapToDouble(i -> Math.abs(ra[i] - rb[i])).average().orElseThrow();
        assertEquals(expected, Distances.wasserstein1(a, b), 1e-12);
    }

    @Test
    void anEmptySampleHasNoDistance() {
        assertTrue(Double.isNaN(Distances.kolmogorovSmirnov(new double[0], TEN)));
        assertTrue(Double.isNaN(Distances.wasserstein1(TEN, new double[0])));
    }

    @Test
    void aNanValueIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Distances.wasserstein1(new double[] {1, Double.NaN}, TEN));
        assertEquals("values must be finite, got NaN", e.getMessage());
    }
}
