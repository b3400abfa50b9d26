package org.feedgym.agents.intervention;

import java.util.random.RandomGenerator;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.world.Catalog;

/**
 * The {@code diversify} intervention: similarity re-ranking or a per-window topic cap (see
 * {@link DiversifyParameters}).
 */
final class DiversifyRule implements CandidateRule {

    private final DiversifyParameters parameters;
    private final Catalog catalog;
    private int[] topicCounts = new int[0];

    DiversifyRule(DiversifyParameters parameters, Catalog catalog) {
        this.parameters = parameters;
        this.catalog = catalog;
    }

    /** Re-ranking reads the last {@code window} items; the cap the last {@code window − 1}, the new item completing the window. */
    @Override
    public int window() {
        return parameters.capsTopics() ? parameters.window() - 1 : parameters.window();
    }

    @Override
    public int choose(ObservationBatch observations, int u, int innerChoice, double[] scores, int offset,
                      RecentItems recent, RandomGenerator random) {
        int k = observations.candidateCount();
        if (parameters.capsTopics()) {
            cap(observations, u, scores, offset, recent);
        } else if (parameters.diversityWeight() > 0) {
            penalise(observations, u, scores, offset, recent);
        }
        return CandidateRule.best(scores, offset, k, innerChoice);
    }

    /** Masks the candidates whose topic has had its share of the window already. */
    private void cap(ObservationBatch observations, int u, double[] scores, int offset, RecentItems recent) {
        if (topicCounts.length != catalog.topicCount()) {
            topicCounts = new int[catalog.topicCount()];
        }
        java.util.Arrays.fill(topicCounts, 0);
        int n = recent.count(u);
        for (int i = Math.max(0, n - window()); i < n; i++) {
            topicCounts[catalog.topic(recent.item(u, i))]++;
        }
        for (int c = 0; c < observations.candidateCount(); c++) {
            if (topicCounts[catalog.topic(observations.candidate(u, c))] >= parameters.topicCap()) {
                scores[offset + c] -= MASKED;
            }
        }
    }

    /** Subtracts diversityWeight × the largest cosine to a recent item. */
    private void penalise(ObservationBatch observations, int u, double[] scores, int offset, RecentItems recent) {
        int n = recent.count(u);
        if (n == 0) {
            return;
        }
        for (int c = 0; c < observations.candidateCount(); c++) {
            int item = observations.candidate(u, c);
            double similarity = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                similarity = Math.max(similarity, catalog.cosine(item, recent.item(u, i)));
            }
            scores[offset + c] -= parameters.diversityWeight() * similarity;
        }
    }
}
