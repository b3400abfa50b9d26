package org.feedgym.simulator.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.feedgym.env.random.Seeds;
import org.junit.jupiter.api.Test;

/**
 * The statistical test behind run-level intervals: synthetic two-level data, as a learning agent
 * produces it. Each experiment has 10 training runs of 100 episodes; run {@code r}'s episodes are
 * {@code mu + a_r + e_ri} with run effects {@code a_r ~ N(0, 1)} and episode noise
 * {@code e_ri ~ N(0, 1)}, so between-run variance dominates the variance of the grand mean
 * (1/10 against 1/1000). Over 2,000 simulated experiments the run-level t interval covers
 * {@code mu} in 95% &plusmn; 2% of them; the episode-level interval, which treats 1,000 correlated
 * episodes as independent, covers it far less often.
 */
class RunLevelCoverageTest {

    private static final int EXPERIMENTS = 2000;
    private static final int RUNS = 10;
    private static final int EPISODES = 100;
    private static final double MU = 5.0;

    @Test
    void theRunLevelTIntervalCoversTheTrueMeanNinetyFivePercentOfTheTime() {
        int runLevel = 0;
        int episodeLevel = 0;
        for (int x = 0; x < EXPERIMENTS; x++) {
            double[][] runs = experiment(Seeds.generator(15, "coverage", x));
            Estimate run = RunLevel.tInterval(runs);
            assertEquals(RUNS, run.n());
            if (run.ci95Low() <= MU && MU <= run.ci95High()) {
                runLevel++;
            }
            Estimate pooled = Estimate.of(flatten(runs));
            if (pooled.ci95Low() <= MU && MU <= pooled.ci95High()) {
                episodeLevel++;
            }
        }
        double coverage = runLevel / (double) EXPERIMENTS;
        double naive = episodeLevel / (double) EXPERIMENTS;
        System.out.printf("coverage of the true mean over %d experiments: run-level t %.4f, episode-level %.4f%n",
                EXPERIMENTS, coverage, naive);
        assertTrue(Math.abs(coverage - 0.95) <= 0.02, "run-level coverage " + coverage + ", expected 0.95 ± 0.02");
        // Expected about P(|Z| < 1.96 · sqrt(1.999 / 100.999)) ≈ 0.22: the episode interval is ~7x too narrow.
        assertTrue(naive < 0.80, "episode-level coverage " + naive + " should fall well short of 0.95");
    }

    private static double[][] experiment(RandomGenerator random) {
        double[][] runs = new double[RUNS][EPISODES];
        for (int r = 0; r < RUNS; r++) {
            double effect = random.nextGaussian();
            for (int i = 0; i < EPISODES; i++) {
                runs[r][i] = MU + effect + random.nextGaussian();
            }
        }
        return runs;
    }

    private static double[] flatten(double[][] runs) {
        double[] all = new double[RUNS * EPISODES];
        for (int r = 0; r < RUNS; r++) {
            System.arraycopy(runs[r], 0, all, r * EPISODES, EPISODES);
        }
        return all;
    }
}
