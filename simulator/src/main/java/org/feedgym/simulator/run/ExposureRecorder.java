package org.feedgym.simulator.run;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.feedgym.env.StepOutcomes;
import org.feedgym.simulator.metrics.Inequality;

/**
 * Records which items each user was shown, for catalog coverage, the Gini coefficient of item
 * exposure and homogenization between users.
 *
 * <p>Memory: exposure counts are per item. Shown-item lists are kept only for users that take part
 * in a homogenization pair: all users when all pairs fit in {@code maxPairs}, otherwise the users
 * of the {@code maxPairs} pairs drawn up front (the same draws, in the same order, as drawing
 * them at the end), so a population of 10^5 or 10^6 users does not hold every user's history.
 */
public final class ExposureRecorder implements StepListener {

    private final int items;
    private final int n;
    private final long[] exposure;
    private final int[][] shown;
    private final int[] shownCount;
    /** Sampled pairs as (a, b) in draw order; null when every pair is used. */
    private final int[] pairs;

    /**
     * A recorder for {@code users} users over a catalog of {@code items} items.
     *
     * @param pairRandom chooses the user pairs; derive it from the run seed and replicate only,
     *                   so that every agent is measured on the same pairs
     * @param maxPairs   all pairs are used when there are at most this many
     */
    public ExposureRecorder(int items, int users, RandomGenerator pairRandom, int maxPairs) {
        this.items = items;
        this.n = users;
        this.exposure = new long[items];
        this.shown = new int[users][];
        this.shownCount = new int[users];
        long allPairs = (long) users * (users - 1) / 2;
        if (allPairs <= maxPairs) {
            pairs = null;
            for (int u = 0; u < users; u++) {
                shown[u] = new int[16];
            }
        } else {
            pairs = new int[2 * maxPairs];
            for (int p = 0; p < maxPairs; p++) {
                int a = pairRandom.nextInt(users);
                int b = pairRandom.nextInt(users - 1);
                if (b >= a) {
                    b++;
                }
                pairs[2 * p] = a;
                pairs[2 * p + 1] = b;
                for (int u : new int[] {a, b}) {
                    if (shown[u] == null) {
                        shown[u] = new int[16];
                    }
                }
            }
        }
    }

    @Override
    public void onStep(StepOutcomes o) {
        for (int u = 0; u < n; u++) {
            int item = o.shownItem(u);
            if (item < 0) {
                continue;
            }
            exposure[item]++;
            int[] list = shown[u];
            if (list == null) {
                continue;
            }
            if (shownCount[u] == list.length) {
                list = Arrays.copyOf(list, list.length * 2);
                shown[u] = list;
            }
            list[shownCount[u]++] = item;
        }
    }

    /** The replicate's figures. */
    public ReplicateRecord finish(String agent, int replicate) {
        return finish(agent, replicate, items, 0);
    }

    /**
     * The replicate's figures in a world with creators, whose catalog holds upload slots after its
     * {@code baseItems} items of day 0: coverage and Gini are over the items that existed by the
     * end (the day-0 items and the {@code uploads} uploaded), not over unused slots. A slot item
     * that was shown was uploaded; the uploads never shown count as items shown 0 times.
     */
    public ReplicateRecord finish(String agent, int replicate, int baseItems, int uploads) {
        int distinct = 0;
        int shownUploads = 0;
        for (int i = baseItems; i < items; i++) {
            shownUploads += exposure[i] > 0 ? 1 : 0;
        }
        double[] counts = new double[baseItems + shownUploads + Math.max(0, uploads - shownUploads)];
        int m = 0;
        for (int i = 0; i < items; i++) {
            if (exposure[i] > 0) {
                distinct++;
            }
            if (i < baseItems || exposure[i] > 0) {
                counts[m++] = exposure[i];
            }
        }
        int catalogItems = counts.length;
        int[][] sets = new int[n][];
        for (int u = 0; u < n; u++) {
            if (shown[u] != null) {
                sets[u] = Arrays.stream(shown[u], 0, shownCount[u]).sorted().distinct().toArray();
                shown[u] = null;
            }
        }
        double sum = 0;
        int count = 0;
        if (pairs == null) {
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    sum += Inequality.jaccard(sets[a], sets[b]);
                    count++;
                }
            }
        } else {
            for (int p = 0; p < pairs.length; p += 2) {
                sum += Inequality.jaccard(sets[pairs[p]], sets[pairs[p + 1]]);
                count++;
            }
        }
        return new ReplicateRecord(agent, replicate, (double) distinct / catalogItems, Inequality.gini(counts),
                count > 0 ? sum / count : Double.NaN, count);
    }
}
