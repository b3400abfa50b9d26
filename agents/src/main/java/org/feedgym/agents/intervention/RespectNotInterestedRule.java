package org.feedgym.agents.intervention;

import java.util.List;
import java.util.random.RandomGenerator;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.world.Catalog;

/**
 * The {@code respect-not-interested} intervention (see {@link RespectNotInterestedParameters}):
 * pushes down the candidates of topics the user marked "not interested", as its marks decay.
 */
final class RespectNotInterestedRule implements CandidateRule {

    private final RespectNotInterestedParameters parameters;
    private final Catalog catalog;
    private final NotInterestedMarks marks;

    RespectNotInterestedRule(RespectNotInterestedParameters parameters, Catalog catalog) {
        this.parameters = parameters;
        this.catalog = catalog;
        this.marks = new NotInterestedMarks(catalog.topicCount());
    }

    @Override
    public int window() {
        return 0;
    }

    @Override
    public int choose(ObservationBatch observations, int u, int innerChoice, double[] scores, int offset,
                      RecentItems recent, RandomGenerator random) {
        if (parameters.strength() == 0) {
            return innerChoice;
        }
        int k = observations.candidateCount();
        boolean pushed = false;
        for (int c = 0; c < k; c++) {
            int age = marks.age(u, catalog.topic(observations.candidate(u, c)));
            if (age >= 0) {
                double push = parameters.strength() * MASKED * parameters.decay(age);
                scores[offset + c] -= push;
                pushed |= push > 0;
            }
        }
        return pushed ? CandidateRule.best(scores, offset, k, innerChoice) : innerChoice;
    }

    @Override
    public void startUsers(int users) {
        marks.ensureUsers(users);
    }

    @Override
    public void episodeStarts(int u) {
        marks.clear(u);
    }

    @Override
    public void observe(StepOutcomes outcomes, int u) {
        marks.shown(u, catalog.topic(outcomes.shownItem(u)), outcomes.hated(u));
    }

    @Override
    public List<int[]> memory() {
        return marks.state();
    }

    @Override
    public void restoreMemory(List<int[]> memory) {
        marks.restore(memory);
    }
}
