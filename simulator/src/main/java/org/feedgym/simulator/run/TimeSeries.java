package org.feedgym.simulator.run;

import java.util.ArrayList;
import java.util.List;
import org.feedgym.simulator.metrics.ShareInterval;

/**
 * One agent's exposure per watch-time bucket, pooled over replicates. Group 0 is all users,
 * group {@code 1 + p} persona {@code p}.
 *
 * <p>Besides the counts, each cell keeps what the harmful share's 95% interval needs
 * ({@link ShareInterval}) for either unit of replication: the sums over users of their items
 * squared, harmful items squared and the two multiplied, and, once runs are pooled
 * ({@link #addAll}), the number of runs with items in the cell and the same three sums over runs.
 */
public final class TimeSeries {

    /**
     * What a harmful-share interval is over.
     */
    public enum Unit {
        /** The users of every run, each a cluster of items. */
        USERS("users"),
        /** The training runs of an agent that learns, each a cluster of items. */
        TRAINING_RUNS("training runs");

        private final String label;

        Unit(String label) {
            this.label = label;
        }

        /** As {@code timeseries.csv} names it. */
        public String label() {
            return label;
        }
    }

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
     * @param runSums           Σ over those runs of their items squared, harmful items squared and
     *                          the two multiplied (three values; zeros within one run)
     */
    public record Cell(int bucket, int group, long users, long items, long harmful, double reward, long[] topicCounts,
                       long itemsSquared, long harmfulSquared, long itemsTimesHarmful, int runs, double[] runSums)
            implements java.io.Serializable {

        /** harmful / items. */
        public double harmfulShare() {
            return (double) harmful / items;
        }

        /**
         * The harmful share's 95% interval over {@code unit}, {low, high}, or null where there are
         * fewer than two users or runs in the cell, or they do not vary ({@link ShareInterval}).
         */
        public double[] harmfulShareInterval(Unit unit) {
            return unit == Unit.TRAINING_RUNS
                    ? ShareInterval.of(runs, items, harmful, runSums[0], runSums[1], runSums[2])
                    : ShareInterval.of(users, items, harmful, itemsSquared, harmfulSquared, itemsTimesHarmful);
        }
    }

    /** Counts per group: users, items, harmful, the three user sums, then one per topic. */
    private static final int COUNTS = 6;
    /** Per group: summed reward, runs, and over runs Σ items², Σ harmful², Σ items·harmful. */
    private static final int SUMS = 5;

    private final int groups;
    private final int topics;
    private final List<long[]> counts = new ArrayList<>();
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
            sums.add(new double[groups * SUMS]);
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
        sums.get(bucket)[group * SUMS] += reward;
    }

    /** Adds every cell of another run's series (a replicate's or training run's) into this one. */
    void addAll(List<Cell> cells) {
        for (Cell cell : cells) {
            add(cell.bucket(), cell.group(), cell.users(), cell.items(), cell.harmful(), cell.reward(),
                    cell.topicCounts(), cell.itemsSquared(), cell.harmfulSquared(), cell.itemsTimesHarmful());
            double[] s = sums.get(cell.bucket());
            int base = cell.group() * SUMS;
            double n = cell.items();
            double h = cell.harmful();
            s[base + 1] += 1;
            s[base + 2] += n * n;
            s[base + 3] += h * h;
            s[base + 4] += n * h;
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
                int sb = g * SUMS;
                out.add(new Cell(b, g, c[base], c[base + 1], c[base + 2], s[sb], tc, c[base + 3], c[base + 4],
                        c[base + 5], (int) s[sb + 1], new double[] {s[sb + 2], s[sb + 3], s[sb + 4]}));
            }
        }
        return out;
    }
}
