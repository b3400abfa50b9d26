package org.feedgym.agents.recommender;

import java.util.function.BiPredicate;
import java.util.function.IntPredicate;
import java.util.random.RandomGenerator;
import org.feedgym.agents.OfflineScorer;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.env.random.Seeds;

/**
 * Logs with planted structure for learning tests: users fall into groups, and each group likes
 * one cluster of items (signal 1) and is indifferent to the rest (signal 0).
 */
final class PlantedLogs {

    private PlantedLogs() {
    }

    /**
     * {@code users} users, user u in group {@code u % groups}; items in {@code groups} clusters of
     * {@code itemsPerGroup}, item i in cluster {@code i / itemsPerGroup} (of {@code itemCount}
     * items in all; items past the clusters are never logged). Each user has {@code rows} rows of
     * distinct items in time order: with probability {@code ownShare} an item of its own cluster
     * with signal 1, else an item of another cluster with signal 0.
     *
     * @param firstItems only items with index below this are logged (the others are never shown)
     */
    static InteractionLog groups(long seed, int users, int groups, int itemsPerGroup, int itemCount, int firstItems,
                                 int rows, double ownShare) {
        RandomGenerator g = Seeds.generator(seed, "planted-log", 0);
        InteractionLog.Builder b = InteractionLog.builder(users, itemCount);
        int clusterItems = groups * itemsPerGroup;
        for (int u = 0; u < users; u++) {
            boolean[] met = new boolean[itemCount];
            int group = u % groups;
            for (int t = 0; t < rows; t++) {
                boolean own = g.nextDouble() < ownShare;
                int item;
                do {
                    item = g.nextInt(Math.min(firstItems, clusterItems));
                } while (met[item] || (item / itemsPerGroup == group) != own);
                met[item] = true;
                b.add(u, item, own ? 1f : 0f, t * 1000L);
            }
        }
        return b.build();
    }

    /** Whether {@code user} met {@code item} in {@code log}. */
    static boolean met(InteractionLog log, int user, int item) {
        for (int r = log.userStart(user); r < log.userEnd(user); r++) {
            if (log.item(r) == item) {
                return true;
            }
        }
        return false;
    }

    /**
     * Mean over users of the share of the top {@code k} items (among those the user did not meet
     * and {@code eligible} allows) that {@code relevant} calls relevant to the user.
     */
    static double precisionAtK(OfflineScorer scorer, InteractionLog log, int k, IntPredicate eligible,
                               BiPredicate<Integer, Integer> relevant) {
        double[] scores = new double[log.itemCount()];
        double sum = 0;
        int counted = 0;
        for (int u = 0; u < log.userCount(); u++) {
            scorer.scoreItems(u, scores);
            boolean[] taken = new boolean[scores.length];
            int hits = 0;
            for (int pick = 0; pick < k; pick++) {
                int best = -1;
                for (int i = 0; i < scores.length; i++) {
                    if (!taken[i] && eligible.test(i) && !met(log, u, i) && (best < 0 || scores[i] > scores[best])) {
                        best = i;
                    }
                }
                taken[best] = true;
                if (relevant.test(u, best)) {
                    hits++;
                }
            }
            sum += (double) hits / k;
            counted++;
        }
        return sum / counted;
    }
}
