package org.feedgym.simulator.run;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.feedgym.env.StepOutcomes;
import org.feedgym.simulator.metrics.Inequality;

/**
 * Records which items each user was shown, for catalog coverage, the Gini coefficient of item
 * exposure and homogenization between users.
 */
public final class ExposureRecorder implements StepListener {

    private final int items;
    private final int n;
    private final long[] exposure;
    private final int[][] shown;
    private final int[] shownCount;

    /** A recorder for {@code users} users over a catalog of {@code items} items. */
    public ExposureRecorder(int items, int users) {
        this.items = items;
        this.n = users;
        this.exposure = new long[items];
        this.shown = new int[users][16];
        this.shownCount = new int[users];
    }

    @Override
    public void onStep(StepOutcomes o) {
        for (int u = 0; u < n; u++) {
            int item = o.shownItem(u);
            if (item < 0) {
                continue;
            }
            exposure[item]++;
            if (shownCount[u] == shown[u].length) {
                shown[u] = Arrays.copyOf(shown[u], shown[u].length * 2);
            }
            shown[u][shownCount[u]++] = item;
        }
    }

    /**
     * The replicate's figures.
     *
     * @param pairRandom chooses the user pairs; derive it from the run seed and replicate only,
     *                   so that every agent is measured on the same pairs
     * @param maxPairs   all pairs are used when there are at most this many
     */
    public ReplicateRecord finish(String agent, int replicate, RandomGenerator pairRandom, int maxPairs) {
        int distinct = 0;
        double[] counts = new double[items];
        for (int i = 0; i < items; i++) {
            if (exposure[i] > 0) {
                distinct++;
            }
            counts[i] = exposure[i];
        }
        int[][] sets = new int[n][];
        for (int u = 0; u < n; u++) {
            sets[u] = Arrays.stream(shown[u], 0, shownCount[u]).sorted().distinct().toArray();
        }
        double sum = 0;
        int pairs = 0;
        long allPairs = (long) n * (n - 1) / 2;
        if (allPairs <= maxPairs) {
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    sum += Inequality.jaccard(sets[a], sets[b]);
                    pairs++;
                }
            }
        } else {
            for (int p = 0; p < maxPairs; p++) {
                int a = pairRandom.nextInt(n);
                int b = pairRandom.nextInt(n - 1);
                if (b >= a) {
                    b++;
                }
                sum += Inequality.jaccard(sets[a], sets[b]);
                pairs++;
            }
        }
        return new ReplicateRecord(agent, replicate, (double) distinct / items, Inequality.gini(counts),
                pairs > 0 ? sum / pairs : Double.NaN, pairs);
    }
}
