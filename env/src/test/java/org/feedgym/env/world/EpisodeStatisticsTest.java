package org.feedgym.env.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.feedgym.env.Environment;
import org.feedgym.env.EpisodeStatistics;
import org.feedgym.env.FeedObservation;
import org.feedgym.env.StepResult;
import org.feedgym.env.contract.EnvironmentContract;
import org.junit.jupiter.api.Test;

/** The single-user episode-statistics wrapper honours the contract and sums what it saw. */
class EpisodeStatisticsTest implements EnvironmentContract<FeedObservation, Integer> {

    @Override
    public Environment<FeedObservation, Integer> createEnvironment() {
        return new EpisodeStatistics<>(FeedEnvironmentTest.WORLD.environment());
    }

    @Test
    void theLastStepCarriesTheEpisodesReturnAndLength() {
        try (Environment<FeedObservation, Integer> env = createEnvironment()) {
            env.reset(17L);
            double sum = 0;
            int steps = 0;
            StepResult<FeedObservation> step;
            do {
                step = env.step(steps % FeedEnvironmentTest.WORLD.candidateCount());
                sum += step.reward();
                steps++;
            } while (!step.done());
            assertEquals(sum, (double) step.info().get("episode.return"), 1e-12);
            assertEquals(steps, step.info().get("episode.length"));
            assertEquals("episode-statistics > time-limit > feed", env.spec().stack());
        }
    }
}
