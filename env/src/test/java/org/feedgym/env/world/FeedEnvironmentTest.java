package org.feedgym.env.world;

import org.feedgym.env.FeedObservation;
import org.feedgym.env.ObservationBatch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.feedgym.env.Environment;
import org.feedgym.env.contract.EnvironmentContract;
import org.junit.jupiter.api.Test;

class FeedEnvironmentTest implements EnvironmentContract<FeedObservation, Integer> {

    static final World WORLD = TestWorlds.small(5L);

    @Override
    public Environment<FeedObservation, Integer> createEnvironment() {
        return WORLD.environment();
    }

    @Test
    void observationHasTheDocumentedLayout() {
        Environment<FeedObservation, Integer> env = WORLD.environment();
        FeedObservation obs = env.reset(1L).observation();
        int k = WORLD.candidateCount();
        assertEquals(WORLD.catalog().dimensions() + 3 + k * ObservationBatch.CANDIDATE_FEATURES, obs.dimension());
        assertEquals(k, obs.candidateCount());
        // Before the first item the history embedding is zero, so is every history cosine.
        for (int j = 0; j < WORLD.catalog().dimensions(); j++) {
            assertEquals(0f, obs.feature(j));
        }
        int harmIndex = WORLD.userFeatureCount() + ObservationBatch.F_HARM;
        assertEquals((float) WORLD.catalog().harm(obs.candidate(0)), obs.feature(harmIndex));
    }

    @Test
    void rejectsAnActionOutsideDiscreteK() {
        Environment<FeedObservation, Integer> env = WORLD.environment();
        env.reset(1L);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> env.step(WORLD.candidateCount()));
        assertTrue(e.getMessage().contains("Discrete(" + WORLD.candidateCount() + ")"), e.getMessage());
    }

    @Test
    void theClockAdvancesByTheSecondsWatched() {
        Environment<FeedObservation, Integer> env = WORLD.environment();
        env.reset(3L);
        var step = env.step(0);
        double watched = (double) step.info().get("watchSeconds");
        assertEquals(watched, (double) step.info().get("clockSeconds"), 1e-9);
        var next = env.step(0);
        assertEquals(watched + (double) next.info().get("watchSeconds"), (double) next.info().get("clockSeconds"), 1e-9);
    }

    @Test
    void oneSessionEpisodesTerminateWhenTheSessionEnds() {
        Environment<FeedObservation, Integer> env = WORLD.environment();
        env.reset(9L);
        var step = env.step(0);
        while (!step.done()) {
            step = env.step(0);
        }
        String reason = (String) step.info().get("endReason");
        assertTrue(step.terminated() == (reason.equals("bored") || reason.equals("budget-spent")), reason);
    }
}
