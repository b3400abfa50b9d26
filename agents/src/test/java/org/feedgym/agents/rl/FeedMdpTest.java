package org.feedgym.agents.rl;

import org.feedgym.env.Environment;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.gym.StepReply;
import org.feedgym.env.TimeLimit;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.FeedObservation;
import org.feedgym.env.world.World;
import org.feedgym.env.world.WorldFactory;
import org.junit.jupiter.api.Test;

/** The RL4J adapter keeps terminated and truncated apart and seeds training users as specified. */
class FeedMdpTest {

    @Test
    void aTruncatedStepEndsTheEpisodeWithoutMarkingTheTransitionTerminal() {
        FeedMdp<float[]> mdp = new FeedMdp<>(() -> new TimeLimit<>(TinyEnvironment.endless(1), 3), v -> v, 1, 2,
                5L, 6L, Long.MAX_VALUE);
        mdp.reset();
        assertFalse(mdp.step(0).isDone());
        assertFalse(mdp.step(0).isDone());
        StepReply<FeedState> last = mdp.step(0);
        assertFalse(last.isDone(), "the transition must stay non-terminal so that RL4J bootstraps");
        assertTrue(mdp.isDone(), "the episode is over");
        assertTrue(mdp.lastEndedByEnvironment());
    }

    @Test
    void aTerminatedStepIsTerminal() {
        FeedMdp<float[]> mdp = new FeedMdp<>(TinyEnvironment::chain, v -> v, 2, 2, 5L, 6L, Long.MAX_VALUE);
        mdp.reset();
        StepReply<FeedState> r = mdp.step(1);
        assertTrue(r.isDone());
        assertTrue(mdp.isDone());
        assertEquals(0.5, r.getReward());
    }

    @Test
    void theStepBudgetCutsTheEpisodeLikeAHorizon() {
        FeedMdp<float[]> mdp = new FeedMdp<>(() -> TinyEnvironment.endless(1), v -> v, 1, 2, 5L, 6L, 2);
        mdp.reset();
        mdp.step(0);
        StepReply<FeedState> r = mdp.step(0);
        assertFalse(r.isDone());
        assertTrue(mdp.isDone());
        assertFalse(mdp.lastEndedByEnvironment());
        assertEquals(2, mdp.steps());
        assertThrows(IllegalStateException.class, () -> mdp.step(0));
    }

    @Test
    void episodeEResetsTheEnvironmentWithTheDerivedTrainUserSeed() {
        World world = WorldFactory.create(QuickstartWorld.config(), 42L, null);
        FeedMdp<FeedObservation> mdp = new FeedMdp<>(world::environment, FeedObservation::vector,
                world.observationDimension(), world.candidateCount(), 123L, 6L, Long.MAX_VALUE);
        Environment<FeedObservation, Integer> reference = world.environment();
        for (int e = 0; e < 3; e++) {
            float[] seen = mdp.reset().getData().toFloatVector();
            float[] expected = reference.reset(Seeds.derive(123L, "train-user", e)).observation().vector();
            assertArrayEquals(expected, seen, "episode " + e);
        }
        assertEquals(3, mdp.episodes());
    }
}
