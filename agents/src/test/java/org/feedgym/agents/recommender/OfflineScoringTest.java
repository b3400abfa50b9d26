package org.feedgym.agents.recommender;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.TrainingDivergedException;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.env.world.Catalog;
import org.feedgym.env.world.HarmClass;
import org.feedgym.env.world.Topic;
import org.junit.jupiter.api.Test;

/** Hand-computed offline scores ({@link org.feedgym.agents.OfflineScorer}) of every classic recommender. */
class OfflineScoringTest {

    private static final double EPS = 1e-6;

    /** Three items with embeddings e0 = (1, 0), e1 = (0, 1), e2 = (0.6, 0.8). */
    private static Catalog catalog() {
        Catalog.Builder b = Catalog.builder(List.of(new Topic("t", HarmClass.NONE)), 3, 2);
        float[][] e = {{1, 0}, {0, 1}, {0.6f, 0.8f}};
        for (int i = 0; i < 3; i++) {
            b.item(i, 0, e[i], 0, 0.5).engagement(i, 30, 1, 0, 0, 0, 0);
        }
        return b.build();
    }

    private static AgentContext withCatalog() {
        return new AgentContext(1, 1, 0, 7, catalog());
    }

    private static double[] scores(org.feedgym.agents.OfflineScorer scorer, int user, int items) {
        double[] s = new double[items];
        scorer.scoreItems(user, s);
        return s;
    }

    @Test
    void itemKnnPredictsTheUsersMeanPlusTheWeightedDeviationOfNeighboursInItsHistory() {
        ItemKnnAgent agent = new ItemKnnAgent(new ItemKnnParameters(5, 10, null, null, null),
                new AgentContext(1, 1, 0, 1));
        agent.fit(ItemKnnAgentTest.log());
        // u2 met i1 (0.3) and i2 (0.9): mean 0.6, deviations −0.3 and +0.3. The only similarity is
        // sim(i0, i1) = 0.5727: i0 = 0.6 + 0.5727·(−0.3) / 0.5727 = 0.3; i1 (neighbour i0 not met) and
        // i2 (no neighbours) predict the mean 0.6.
        assertArrayEquals(new double[] {0.3, 0.6, 0.6}, scores(agent, 2, 3), EPS);
        assertTrue(agent.predictsSignal());
    }

    @Test
    void itemKnnUsesOnlyTheLastHistoryRows() {
        ItemKnnAgent agent = new ItemKnnAgent(new ItemKnnParameters(5, 1, null, null, null),
                new AgentContext(1, 1, 0, 1));
        agent.fit(ItemKnnAgentTest.log());
        // History 1: only u2's latest row (i2, 0.9) counts, mean 0.9, and i2 has no neighbours.
        assertArrayEquals(new double[] {0.9, 0.9, 0.9}, scores(agent, 2, 3), EPS);
    }

    @Test
    void userKnnLeavesTheUserOutOfItsOwnNeighbours() {
        // UserKnnAgentTest's three logged users plus u3 (i0 1, i1 0), whose centred vector (+1/2, −1/2)
        // is that test's evaluation user: sim(u3, v0) = √3/2, sim(u3, v2) = 1/2, v1 is dissimilar.
        InteractionLog base = UserKnnAgentTest.log();
        InteractionLog.Builder b = InteractionLog.builder(4, 4);
        for (int r = 0; r < base.size(); r++) {
            b.add(base.user(r), base.item(r), base.signal(r), base.timeMillis(r));
        }
        InteractionLog log = b.add(3, 0, 1, 0).add(3, 1, 0, 1).build();
        UserKnnAgent agent = new UserKnnAgent(new UserKnnParameters(5, 10, null, null, null),
                new AgentContext(1, 1, 0, 1));
        agent.fit(log);
        double s = Math.sqrt(3) / 2;
        double mean = 0.5;
        double[] expected = {
            mean + (s / 3 + 0.5 * 0.5) / (s + 0.5),      // i0: v0 +1/3, v2 +1/2
            mean + (s * -2.0 / 3) / s,                   // i1: only v0 met it, −2/3
            mean + (s / 3 + 0.5 * -0.5) / (s + 0.5),     // i2: v0 +1/3, v2 −1/2
            mean,                                        // i3: only v1 (not a neighbour) met it
        };
        assertArrayEquals(expected, scores(agent, 3, 4), EPS);
        assertTrue(agent.predictsSignal());
    }

    @Test
    void covisitationSumsTheCountsOfTheUsersRecentVisits() {
        CovisitationAgent agent = new CovisitationAgent(new CovisitationParameters(1, 10, 0.5, 20, null, null, null),
                new AgentContext(1, 1, 0, 1));
        agent.fit(CovisitationAgentTest.log());
        // u1 visited i1 and i2. Window 1 counts: i0–i1 1, i1–i2 2. From i1: i0 +1, i2 +2; from i2: i1 +2.
        assertArrayEquals(new double[] {1, 2, 2, 0}, scores(agent, 1, 4), EPS);
        assertFalse(agent.predictsSignal());
        CovisitationAgent recent = new CovisitationAgent(new CovisitationParameters(1, 10, 0.5, 1, null, null, null),
                new AgentContext(1, 1, 0, 1));
        recent.fit(CovisitationAgentTest.log());
        assertArrayEquals(new double[] {0, 2, 0, 0}, scores(recent, 1, 4), EPS, "history 1: only i2 votes");
    }

    @Test
    void matrixFactorizationScoresTheFullPredictionOfALoggedUser() throws TrainingDivergedException {
        MatrixFactorizationAgent agent = new MatrixFactorizationAgent(
                new MatrixFactorizationParameters(1, null, null, null, null, null, null, null),
                new AgentContext(1, 1, 0, 1));
        agent.use(new MatrixFactorization(1, 2, 1, 3, new double[] {0.5}, new double[] {0.1, -0.2},
                new double[] {2}, new double[] {0.5, 1}));
        // μ + b_u + b_i + p·q: 3 + 0.5 + 0.1 + 1 = 4.6 and 3 + 0.5 − 0.2 + 2 = 5.3.
        assertArrayEquals(new double[] {4.6, 5.3}, scores(agent, 0, 2), EPS);
        assertTrue(agent.predictsSignal());
    }

    @Test
    void matrixFactorizationFitsOfflineToTheLogAndScoresItsPredictions() throws TrainingDivergedException {
        MatrixFactorizationAgent agent = new MatrixFactorizationAgent(
                new MatrixFactorizationParameters(2, 5, null, null, null, null, null, null),
                new AgentContext(1, 1, 0, 3));
        agent.fit(ItemKnnAgentTest.log());
        double[] s = scores(agent, 1, 3);
        for (int i = 0; i < 3; i++) {
            assertEquals(agent.model().predict(1, i), s[i], EPS);
        }
    }

    @Test
    void contentRebuildsTheWorldsHistoryEmbeddingFromTheTrainingRows() {
        ContentAgent agent = new ContentAgent(withCatalog());
        agent.fit(InteractionLog.of(1, 3, new int[] {0, 0}, new int[] {0, 1}, new float[] {1, 1},
                new long[] {0, 1}));
        // h = 0.7·(0.3·e0) + 0.3·e1 = (0.21, 0.3), |h| = √0.1341.
        double n = Math.sqrt(0.1341);
        assertArrayEquals(new double[] {0.21 / n, 0.3 / n, (0.6 * 0.21 + 0.8 * 0.3) / n}, scores(agent, 0, 3), EPS);
        assertFalse(agent.predictsSignal());
    }

    @Test
    void contentCannotRankOfflineWithoutTheCatalog() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new ContentAgent().fit(
                InteractionLog.of(1, 1, new int[0], new int[0], new float[0], new long[0])));
        assertEquals("agent 'content' needs item embeddings (the catalog) to rank offline, and none was given",
                e.getMessage());
    }

    @Test
    void userProfileWeighsEveryTrainingItemBySignal() {
        UserProfileAgent agent = new UserProfileAgent(new UserProfileParameters(null), withCatalog());
        agent.fit(InteractionLog.of(1, 3, new int[] {0, 0}, new int[] {0, 1}, new float[] {2, 1},
                new long[] {0, 1}));
        // profile = 2·e0 + 1·e1 = (2, 1), |profile| = √5.
        double n = Math.sqrt(5);
        assertArrayEquals(new double[] {2 / n, 1 / n, (1.2 + 0.8) / n}, scores(agent, 0, 3), EPS);
    }

    @Test
    void aUserWithoutTrainingRowsGetsZeroCosines() {
        UserProfileAgent agent = new UserProfileAgent(new UserProfileParameters(null), withCatalog());
        agent.fit(InteractionLog.of(2, 3, new int[] {0}, new int[] {0}, new float[] {1}, new long[] {0}));
        assertArrayEquals(new double[] {0, 0, 0}, scores(agent, 1, 3), EPS);
    }
}
