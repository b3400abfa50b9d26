package org.feedgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.TrainingLog;
import org.feedgym.env.FeedObservation;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.world.World;
import org.feedgym.env.world.WorldFactory;
import org.junit.jupiter.api.Test;

/**
 * Vectorised DQN training: with one user it takes exactly the single-user loop's transitions and
 * updates; with many it is deterministic and counts environment steps.
 */
class VectorDqnTest {

    private static final World WORLD = WorldFactory.create(QuickstartWorld.config(), 42L, null);

    private static DqnParameters parameters(int users) {
        return new DqnParameters(List.of(16), null, null, null, null, 400, 100, 2_000, 16, 1_500, 2, 64, null, users);
    }

    private static DqnAgent agent(int users) {
        return new DqnAgent(DqnAgent.DOUBLE_DQN, parameters(users), AgentContext.of(WORLD, 7L));
    }

    private record Point(long step, int episode, double episodeReturn, double loss, double epsilon) {
    }

    private static float[] probe(int seed) {
        return WORLD.environment().reset(seed).observation().vector();
    }

    @Test
    void oneUserThroughTheVectorEnvironmentTrainsExactlyAsTheSingleUserLoop() throws Exception {
        DqnAgent single = agent(1);
        List<Point> a = new ArrayList<>();
        single.train(WORLD.environment(), FeedObservation::vector, 5L,
                (s, e, r, l, eps) -> a.add(new Point(s, e, r, l, eps)));
        DqnAgent vector = agent(1);
        List<Point> b = new ArrayList<>();
        try (VectorEnvironment env = WORLD.vectorEnvironment(null)) {
            vector.trainVector(env, 5L, (s, e, r, l, eps) -> b.add(new Point(s, e, r, l, eps)));
        }
        assertTrue(a.size() > 3, "too few episodes to compare: " + a.size());
        assertEquals(a, b);
        assertEquals(single.trainedSteps(), vector.trainedSteps());
        for (int seed = 0; seed < 5; seed++) {
            assertArrayEquals(single.qValues(probe(seed)), vector.qValues(probe(seed)), "probe " + seed);
        }
    }

    @Test
    void manyUsersTrainDeterministicallyForTheStatedNumberOfEnvironmentSteps() throws Exception {
        float[][] q = new float[2][];
        List<List<Integer>> episodes = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            DqnAgent agent = agent(8);
            List<Integer> seen = new ArrayList<>();
            try (VectorEnvironment env = WORLD.vectorEnvironment(null)) {
                agent.trainVector(env, 5L, (s, e, r, l, eps) -> seen.add(e));
            }
            assertEquals(1_500, agent.trainedSteps());
            q[run] = agent.qValues(probe(3));
            episodes.add(seen);
        }
        assertArrayEquals(q[0], q[1]);
        assertEquals(episodes.get(0), episodes.get(1));
        // Every training user gets its own episode index, so eight users start episodes 0..7 at once.
        assertTrue(episodes.get(0).stream().distinct().count() == episodes.get(0).size(), episodes.get(0).toString());
    }

    @Test
    void trainingThroughTheWorldUsesTheVectorPathWhenAskedForManyUsers() throws Exception {
        DqnAgent agent = agent(4);
        agent.train(new org.feedgym.agents.Training(WORLD, 5L, TrainingLog.discard()));
        assertEquals(1_500, agent.trainedSteps());
    }

    @Test
    void manyUsersNeedTheOwnLoop() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DqnParameters(null, null,
                null, null, null, null, null, null, null, null, null, null, DqnImplementation.RL4J, 4));
        assertTrue(e.getMessage().contains("trainingUsers > 1 needs implementation \"dl4j\""), e.getMessage());
    }
}
