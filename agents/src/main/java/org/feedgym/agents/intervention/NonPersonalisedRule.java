package org.feedgym.agents.intervention;

import java.util.random.RandomGenerator;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.random.Seeds;

/**
 * The {@code non-personalised} intervention (see {@link NonPersonalisedParameters}): opted-in
 * users get the most popular candidate (ties to the lower index, as the {@code popularity} agent
 * breaks them), and their scores become the candidates' popularity.
 */
final class NonPersonalisedRule implements CandidateRule {

    private final NonPersonalisedParameters parameters;

    NonPersonalisedRule(NonPersonalisedParameters parameters) {
        this.parameters = parameters;
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
            scores[offset + c] = observations.candidateFeature(u, c, ObservationBatch.F_POPULARITY);
            if (scores[offset + c] > scores[offset + best]) {
                best = c;
            }
        }
        return best;
    }
}
