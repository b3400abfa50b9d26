package org.feedgym.simulator.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShareIntervalTest {

    @Test
    void theIntervalIsTheLinearisedRatioIntervalOfTheClustersCounts() {
        long[] n = {10, 5, 8, 3, 12, 9};
        long[] h = {2, 1, 4, 3, 3, 2};
        double[] ci = interval(n, h);
        double r = 15.0 / 47;
        double squares = 0;
        for (int u = 0; u < n.length; u++) {
            squares += Math.pow(h[u] - r * n[u], 2);
        }
        double half = StudentT.quantile975(5) * Math.sqrt(6.0 / 5 * squares / (47.0 * 47));
        assertEquals(r - half, ci[0], 1e-12);
        assertEquals(r + half, ci[1], 1e-12);
        assertNull(ShareInterval.of(1, 10, 2, 100, 4, 20));
        assertNull(ShareInterval.of(5, 0, 0, 0, 0, 0));
    }

    @Test
    void intervalsAreClippedToZeroAndOneAndAShareOfZeroOrOneHasNone() {
        assertEquals(0.0, interval(new long[] {10, 10, 10}, new long[] {0, 0, 3})[0]);
        assertEquals(1.0, interval(new long[] {10, 10, 10}, new long[] {10, 10, 7})[1]);
        // Every cluster's share 0 (or 1): the linearised variance is zero, and no interval is given.
        assertNull(interval(new long[] {10, 5, 8}, new long[] {0, 0, 0}));
        assertNull(interval(new long[] {10, 5, 8}, new long[] {10, 5, 8}));
    }

    /**
     * Users differ in how harmful their feeds are (a Beta-distributed share each) and in how many
     * items they see; the interval over 60 users must cover the population's pooled share in
     * about 95% of 2,000 samples. Treating items as independent (ignoring that a user's items go
     * together) covers far less, and the test shows that too: it is the negative control.
     */
    @Test
    void theIntervalCoversThePooledShareAboutNinetyFivePercentOfTheTime() {
        SplittableRandom random = new SplittableRandom(7);
        int samples = 2000;
        int users = 60;
        // The population's pooled share: E[n·p] / E[n] with n independent of p is E[p] = 0.2.
        double truth = 0.2;
        int covered = 0;
        int coveredNaively = 0;
        for (int s = 0; s < samples; s++) {
            long[] n = new long[users];
            long[] h = new long[users];
            for (int u = 0; u < users; u++) {
                double p = beta(random, 0.6, 2.4);
                n[u] = 5 + random.nextInt(40);
                for (int i = 0; i < n[u]; i++) {
                    h[u] += random.nextDouble() < p ? 1 : 0;
                }
            }
            double[] ci = interval(n, h);
            covered += ci[0] <= truth && truth <= ci[1] ? 1 : 0;
            long items = 0;
            long harmful = 0;
            for (int u = 0; u < users; u++) {
                items += n[u];
                harmful += h[u];
            }
            double r = (double) harmful / items;
            double naive = 1.96 * Math.sqrt(r * (1 - r) / items);
            coveredNaively += r - naive <= truth && truth <= r + naive ? 1 : 0;
        }
        double coverage = (double) covered / samples;
        assertTrue(coverage > 0.93 && coverage < 0.97, "coverage " + coverage);
        assertTrue((double) coveredNaively / samples < 0.8, "items as independent: " + coveredNaively);
    }

    private static double[] interval(long[] n, long[] h) {
        long items = 0;
        long harmful = 0;
        double nn = 0;
        double hh = 0;
        double nh = 0;
        for (int u = 0; u < n.length; u++) {
            items += n[u];
            harmful += h[u];
            nn += n[u] * n[u];
            hh += h[u] * h[u];
            nh += n[u] * h[u];
        }
        return ShareInterval.of(n.length, items, harmful, nn, hh, nh);
    }

    /** A Beta(a, b) draw as the ratio of two Gamma draws (Marsaglia and Tsang, with a < 1 boosted). */
    private static double beta(SplittableRandom random, double a, double b) {
        double x = gamma(random, a);
        return x / (x + gamma(random, b));
    }

    private static double gamma(SplittableRandom random, double shape) {
        if (shape < 1) {
            return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = Math.pow(1 + c * x, 3);
            if (v > 0 && Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }
}
