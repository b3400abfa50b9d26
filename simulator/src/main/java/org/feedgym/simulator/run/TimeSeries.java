package org.feedgym.simulator.run;

import java.util.ArrayList;
import java.util.List;

/**
 * One agent's exposure per watch-time bucket, pooled over replicates. Group 0 is all users,
 * group {@code 1 + p} persona {@code p}.
 */
public final class TimeSeries {

    /**
     * One cell.
     *
     * @param bucket      bucket index (start = bucket × bucket width)
     * @param group       0 = all users, 1 + persona index otherwise
     * @param users       users with at least one item in the bucket
     * @param items       items shown
     * @param harmful     harmful items shown
     * @param reward      summed reward
     * @param topicCounts items per topic
     */
    public record Cell(int bucket, int group, long users, long items, long harmful, double reward, long[] topicCounts)
            implements java.io.Serializable {
    }

    private final int groups;
    private final int topics;
    private final List<long[]> counts = new ArrayList<>();
    private final List<double[]> rewards = new ArrayList<>();

    /** An empty series for {@code groups} groups and {@code topics} topics. */
    public TimeSeries(int groups, int topics) {
        this.groups = groups;
        this.topics = topics;
    }

    void add(int bucket, int group, long users, long items, long harmful, double reward, long[] topicCounts) {
        while (counts.size() <= bucket) {
            counts.add(new long[groups * (3 + topics)]);
            rewards.add(new double[groups]);
        }
        long[] c = counts.get(bucket);
        int base = group * (3 + topics);
        c[base] += users;
        c[base + 1] += items;
        c[base + 2] += harmful;
        for (int t = 0; t < topics; t++) {
            c[base + 3 + t] += topicCounts[t];
        }
        rewards.get(bucket)[group] += reward;
    }

    /** Adds every cell of another series (a replicate's) into this one. */
    void addAll(List<Cell> cells) {
        for (Cell cell : cells) {
            add(cell.bucket(), cell.group(), cell.users(), cell.items(), cell.harmful(), cell.reward(),
                    cell.topicCounts());
        }
    }

    /** Every non-empty cell, by bucket then group. */
    public List<Cell> cells() {
        List<Cell> out = new ArrayList<>();
        for (int b = 0; b < counts.size(); b++) {
            long[] c = counts.get(b);
            for (int g = 0; g < groups; g++) {
                int base = g * (3 + topics);
                if (c[base + 1] == 0) {
                    continue;
                }
                long[] tc = new long[topics];
                System.arraycopy(c, base + 3, tc, 0, topics);
                out.add(new Cell(b, g, c[base], c[base + 1], c[base + 2], rewards.get(b)[g], tc));
            }
        }
        return out;
    }
}
