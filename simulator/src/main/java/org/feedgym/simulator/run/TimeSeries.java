package org.feedgym.simulator.run;

import java.util.ArrayList;
import java.util.List;
import org.feedgym.simulator.metrics.ShareInterval;

/**
 * One agent's exposure per watch-time bucket, pooled over replicates. Group 0 is all users,
 * group {@code 1 + p} persona {@code p}.
 *
 * <p>Besides the counts, each cell keeps what the harmful share's 95% interval needs
 * ({@link ShareInterval}): the sums over users of their items squared, harmful items squared and
 * the two multiplied (one run's users are its units), and, once runs are pooled
 * ({@link #addAll}), the number of runs with items in the cell and the sum of their shares and of
 * the shares' squares (several runs are the units).
 */
public final class TimeSeries {

    /**
     * One cell.
     *
     * @param bucket            bucket index (start = bucket × bucket width)
     * @param group             0 = all users, 1 + persona index otherwise
     * @param users             users with at least one item in the bucket
     * @param items             items shown
     * @param harmful           harmful items shown
     * @param reward            summed reward
     * @param topicCounts       items per topic
     * @param itemsSquared      Σ over users of their items in the bucket, squared
     * @param harmfulSquared    Σ over users of their harmful items in the bucket, squared
     * @param itemsTimesHarmful Σ over users of their items times their harmful items
     * @param runs              pooled runs with items in the bucket (0 within one run)
     * @param runShareSum       Σ of those runs' harmful shares
     * @param runShareSquares   Σ of their squares
     */
    public record Cell(int bucket, int group, long users, long items, long harmful, double reward, long[] topicCounts,
                       long itemsSquared, long harmfulSquared, long itemsTimesHarmful, int runs, double runShareSum,
                       double runShareSquares) implements java.io.Serializable {

        /** harmful / items. */
        public double harmfulShare() {
            return (double) harmful / items;
        }

        /**
         * The harmful share's 95% interval, {low, high}, or null when there are too few units.
         *
         * @param overRuns over the pooled runs (for an agent that learns: its training runs are
         *                 the unit of replication), when there are two or more; otherwise over
         *                 users, every run's users pooled
         */
        public double[] harmfulShareInterval(boolean overRuns) {
            return overRuns && runs >= 2 ? ShareInterval.overRuns(harmfulShare(), runs, runShareSum, runShareSquares)
                    : ShareInterval.overUsers(users, items, harmful, itemsSquared, harmfulSquared, itemsTimesHarmful);
        }

        /** What {@link #harmfulShareInterval} is over: "training runs", "users", or "" when there is none. */
        public String harmfulShareIntervalOver(boolean overRuns) {
            return harmfulShareInterval(overRuns) == null ? "" : overRuns && runs >= 2 ? "training runs" : "users";
        }
    }

    /** Counts per group: users, items, harmful, the three user sums, then one per topic. */
    private static final int COUNTS = 6;

    private final int groups;
    private final int topics;
    private final List<long[]> counts = new ArrayList<>();
    /** Per group: summed reward, runs, Σ run shares, Σ squared run shares. */
    private final List<double[]> sums = new ArrayList<>();

    /** An empty series for {@code groups} groups and {@code topics} topics. */
    public TimeSeries(int groups, int topics) {
        this.groups = groups;
        this.topics = topics;
    }

    /** Adds one run's figures of a cell (from its recorder). */
    void add(int bucket, int group, long users, long items, long harmful, double reward, long[] topicCounts,
             long itemsSquared, long harmfulSquared, long itemsTimesHarmful) {
        while (counts.size() <= bucket) {
            counts.add(new long[groups * (COUNTS + topics)]);
            sums.add(new double[groups * 4]);
        }
        long[] c = counts.get(bucket);
        int base = group * (COUNTS + topics);
        c[base] += users;
        c[base + 1] += items;
        c[base + 2] += harmful;
        c[base + 3] += itemsSquared;
        c[base + 4] += harmfulSquared;
        c[base + 5] += itemsTimesHarmful;
        for (int t = 0; t < topics; t++) {
            c[base + COUNTS + t] += topicCounts[t];
        }
        sums.get(bucket)[group * 4] += reward;
    }

    /** Adds every cell of another run's series (a replicate's or training run's) into this one. */
    void addAll(List<Cell> cells) {
        for (Cell cell : cells) {
            add(cell.bucket(), cell.group(), cell.users(), cell.items(), cell.harmful(), cell.reward(),
                    cell.topicCounts(), cell.itemsSquared(), cell.harmfulSquared(), cell.itemsTimesHarmful());
            double[] s = sums.get(cell.bucket());
            double share = cell.harmfulShare();
            s[cell.group() * 4 + 1] += 1;
            s[cell.group() * 4 + 2] += share;
            s[cell.group() * 4 + 3] += share * share;
        }
    }

    /** Every non-empty cell, by bucket then group. */
    public List<Cell> cells() {
        List<Cell> out = new ArrayList<>();
        for (int b = 0; b < counts.size(); b++) {
            long[] c = counts.get(b);
            double[] s = sums.get(b);
            for (int g = 0; g < groups; g++) {
                int base = g * (COUNTS + topics);
                if (c[base + 1] == 0) {
                    continue;
                }
                long[] tc = new long[topics];
                System.arraycopy(c, base + COUNTS, tc, 0, topics);
                out.add(new Cell(b, g, c[base], c[base + 1], c[base + 2], s[g * 4], tc, c[base + 3], c[base + 4],
                        c[base + 5], (int) s[g * 4 + 1], s[g * 4 + 2], s[g * 4 + 3]));
            }
        }
        return out;
    }
}
