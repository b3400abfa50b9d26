package org.feedgym.agents.intervention;

import java.util.random.RandomGenerator;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.world.Catalog;

/**
 * The {@code non-personalised} intervention (see {@link NonPersonalisedParameters}): opted-in
 * users get the most popular candidate (ties to the lower index, as the {@code popularity} agent
 * breaks them), or with the recency feed the most recently uploaded one (equally recent ones by
 * popularity, then the lower index); their scores become that order: the popularity in [0, 1],
 * plus the upload day for the recency feed (days are whole, so the day decides first).
 */
final class NonPersonalisedRule implements CandidateRule {

    private final NonPersonalisedParameters parameters;
    private final Catalog catalog;

    /** @param catalog the item catalog; read only by the recency feed (may be null for the popularity feed) */
    NonPersonalisedRule(NonPersonalisedParameters parameters, Catalog catalog) {
        this.parameters = parameters;
        this.catalog = catalog;
        if (recency() && catalog == null) {
            throw new IllegalArgumentException("the recency feed needs the item catalog");
        }
    }

    private boolean recency() {
        return parameters.feed().equals("recency");
    }

    /** True if user {@code u} of the population opts into the non-personalised feed. */
    boolean optsIn(int u) {
        return Seeds.generator(parameters.optInSeed(), "opt-in", u).nextDouble() < parameters.share();
    }

    @Override
    public int window() {
        return 0;
    }

    @Override
    public int choose(ObservationBatch observations, int u, int innerChoice, double[] scores, int offset,
                      RecentItems recent, RandomGenerator random) {
        if (!optsIn(u)) {
            return innerChoice;
        }
        int k = observations.candidateCount();
        int best = 0;
        for (int c = 0; c < k; c++) {
            scores[offset + c] = observations.candidateFeature(u, c, ObservationBatch.F_POPULARITY)
                    + (recency() ? catalog.uploadDay(observations.candidate(u, c)) : 0);
            if (scores[offset + c] > scores[offset + best]) {
                best = c;
            }
        }
        return best;
    }
}
