package org.feedgym.agents.intervention;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.world.Catalog;

/**
 * The {@code explore} intervention (see {@link ExploreParameters}). Every active user draws one
 * uniform number per step whatever ε is, so the generator's position does not depend on the
 * parameters; an exploring user draws a second to pick among the outside candidates.
 */
final class ExploreRule implements CandidateRule {

    private final ExploreParameters parameters;
    private final Catalog catalog;
    private final int[] topicCounts;
    private int[] outside = new int[0];

    ExploreRule(ExploreParameters parameters, Catalog catalog) {
        this.parameters = parameters;
        this.catalog = catalog;
        this.topicCounts = new int[catalog.topicCount()];
    }

    @Override
    public int window() {
        return parameters.window();
    }

    @Override
    public int choose(ObservationBatch observations, int u, int innerChoice, double[] scores, int offset,
                      RecentItems recent, RandomGenerator random) {
        boolean explores = random.nextDouble() < parameters.epsilon();
        if (!explores) {
            return innerChoice;
        }
        int k = observations.candidateCount();
        if (outside.length != k) {
            outside = new int[k];
        }
        boolean[] top = topTopics(u, recent);
        int m = 0;
        for (int c = 0; c < k; c++) {
            if (!top[catalog.topic(observations.candidate(u, c))]) {
                outside[m++] = c;
            }
        }
        if (m == 0) {
            return innerChoice;
        }
        int chosen = outside[random.nextInt(m)];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            max = Math.max(max, scores[offset + c]);
        }
        scores[offset + chosen] = max + 1;
        return chosen;
    }

    /** The user's top topics: the most shown of its recent items (ties to the lower topic), never an unshown topic. */
    private boolean[] topTopics(int u, RecentItems recent) {
        Arrays.fill(topicCounts, 0);
        for (int i = 0; i < recent.count(u); i++) {
            topicCounts[catalog.topic(recent.item(u, i))]++;
        }
        boolean[] top = new boolean[topicCounts.length];
        for (int t = 0; t < parameters.topTopics(); t++) {
            int best = -1;
            for (int topic = 0; topic < topicCounts.length; topic++) {
                if (!top[topic] && topicCounts[topic] > 0 && (best < 0 || topicCounts[topic] > topicCounts[best])) {
                    best = topic;
                }
            }
            if (best < 0) {
                break;
            }
            top[best] = true;
        }
        return top;
    }
}
