package org.feedgym.simulator.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.feedgym.env.random.Seeds;
import org.junit.jupiter.api.Test;

class RunLevelTest {

    private static final double[][] RUNS = {{1, 2, 3}, {4, 5, 6}, {7, 8, Double.NaN}};

    @Test
    void runMeansSkipUndefinedEpisodes() {
        // (1+2+3)/3, (4+5+6)/3, (7+8)/2
        assertEquals(java.util.List.of(2.0, 5.0, 7.5), java.util.Arrays.stream(RunLevel.runMeans(RUNS)).boxed().toList());
    }

    @Test
    void theTIntervalIsOverRunMeansWithOneObservationPerRun() {
        Estimate e = RunLevel.tInterval(RUNS);
        assertEquals(3, e.n());
        assertEquals(Estimate.of(new double[] {2, 5, 7.5}), e);
    }

    @Test
    void oneRunHasNoRunLevelInterval() {
        Estimate e = RunLevel.tInterval(new double[][] {{1, 2, 3, 4}});
        assertEquals(2.5, e.mean(), 1e-12);
        assertTrue(Double.isNaN(e.ci95Low()));
    }

    @Test
    void theClusterBootstrapIsDeterministicUnderASeedAndBracketsTheMean() {
        Estimate a = RunLevel.clusterBootstrap(RUNS, 2000, Seeds.generator(1, "b", 0));
        Estimate b = RunLevel.clusterBootstrap(RUNS, 2000, Seeds.generator(1, "b", 0));
        assertEquals(a, b);
        assertTrue(a.ci95Low() >= 2 && a.ci95High() <= 7.5 && a.ci95Low() < a.mean() && a.mean() < a.ci95High());
    }

    @Test
    void theIqmDropsTheLowestAndHighestQuarter() {
        // 8 values: floor(8/4) = 2 cut at each end, mean of 3, 4, 5, 6 = 4.5, whatever the outliers.
        double[][] runs = {{-1000, 3, 4, 1000}, {2, 5, 6, 2000}};
        Estimate e = RunLevel.iqm(runs, 500, Seeds.generator(1, "iqm", 0));
        assertEquals(4.5, e.mean(), 1e-12);
        assertEquals(2, e.n());
    }

    @Test
    void probabilityOfImprovementCountsWinsOverAllPairsOfRunsWithTiesAsHalf() {
        double[][] agent = {{3}, {1}};
        double[][] baseline = {{2}, {1}};
        // pairs: 3>2, 3>1, 1<2, 1=1 -> (1 + 1 + 0 + 0.5) / 4
        Estimate e = RunLevel.probabilityOfImprovement(agent, baseline, false, 500, Seeds.generator(1, "p", 0));
        assertEquals(0.625, e.mean(), 1e-12);
        Estimate lower = RunLevel.probabilityOfImprovement(agent, baseline, true, 500, Seeds.generator(1, "p", 0));
        assertEquals(0.375, lower.mean(), 1e-12);
    }

    @Test
    void oneTrainingRunGivesAProbabilityButNoInterval() {
        double[][] one = {{3, 4}};
        double[][] baseline = {{1, 2}, {2, 2}, {1, 1}};
        Estimate single = RunLevel.probabilityOfImprovement(one, baseline, false, 500, Seeds.generator(1, "p", 0));
        assertEquals(1.0, single.mean());
        assertTrue(Double.isNaN(single.ci95Low()) && Double.isNaN(single.ci95High()), single.toString());
        assertEquals(1, single.n());
        Estimate againstOne = RunLevel.probabilityOfImprovement(baseline, one, true, 500, Seeds.generator(1, "p", 0));
        assertTrue(Double.isNaN(againstOne.ci95Low()), againstOne.toString());
        // The control: two runs on each side give an interval.
        Estimate two = RunLevel.probabilityOfImprovement(new double[][] {{3}, {1}}, new double[][] {{2}, {1}}, false,
                500, Seeds.generator(1, "p", 0));
        assertTrue(two.ci95Low() <= two.mean() && two.mean() <= two.ci95High() && two.ci95Low() < two.ci95High(),
                two.toString());
    }

    @Test
    void anUnknownRunIntervalIsRefusedWithTheRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunLevel.Interval.of("z"));
        assertEquals("runInterval must be one of [t, cluster-bootstrap], got 'z'", e.getMessage());
    }

    @Test
    void theIqmBootstrapEqualsCopyingAndSortingEveryResampleBitForBit() {
        java.util.random.RandomGenerator data = org.feedgym.env.random.Seeds.generator(5, "iqm-data", 0);
        double[][] runs = new double[4][];
        for (int r = 0; r < runs.length; r++) {
            runs[r] = new double[30 + 7 * r];
            for (int j = 0; j < runs[r].length; j++) {
                // Few distinct values, so that ties are common.
                runs[r][j] = Math.round(data.nextGaussian() * 3) / 2.0 + r;
            }
        }
        Estimate fast = RunLevel.iqm(runs, 300, org.feedgym.env.random.Seeds.generator(9, "iqm", 0));
        // The reference: the stratified two-stage resample copied out and sorted, as rliable does it.
        java.util.random.RandomGenerator random = org.feedgym.env.random.Seeds.generator(9, "iqm", 0);
        double[] stats = new double[300];
        for (int s = 0; s < stats.length; s++) {
            int[] picked = new int[runs.length];
            int size = 0;
            for (int i = 0; i < runs.length; i++) {
                picked[i] = random.nextInt(runs.length);
                size += runs[picked[i]].length;
            }
            double[] draw = new double[size];
            int at = 0;
            for (int p : picked) {
                for (int j = 0; j < runs[p].length; j++) {
                    draw[at++] = runs[p][random.nextInt(runs[p].length)];
                }
            }
            stats[s] = RunLevel.trimmedMean(draw);
        }
        double[] pooled = java.util.Arrays.stream(runs).flatMapToDouble(java.util.Arrays::stream).toArray();
        Estimate reference = Bootstrap.percentileInterval(RunLevel.trimmedMean(pooled), stats, runs.length);
        assertEquals(reference.mean(), fast.mean(), 0.0);
        assertEquals(reference.ci95Low(), fast.ci95Low(), 0.0);
        assertEquals(reference.ci95High(), fast.ci95High(), 0.0);
    }
}
