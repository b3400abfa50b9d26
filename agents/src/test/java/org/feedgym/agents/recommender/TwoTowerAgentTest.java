package org.feedgym.agents.recommender;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.AgentContract;
import org.feedgym.agents.ContractWorld;
import org.feedgym.agents.TrainingDivergedException;
import org.feedgym.agents.TrainingLog;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.world.AgentFixtures;
import org.feedgym.env.world.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class TwoTowerAgentTest implements AgentContract {

    /** Small settings that learn the planted logs below in a few seconds. */
    static TwoTowerParameters small(Integer idEmbeddingSize, Boolean catalogFeatures, Integer epochs, Double temperature) {
        return new TwoTowerParameters(16, idEmbeddingSize, List.of(32), catalogFeatures, epochs, 64, 0.01, null,
                temperature, 16, null, null, 20, 40, null, null);
    }

    @Override
    public Agent create(AgentContext context) {
        return new TwoTowerAgent(small(8, null, 2, null), context);
    }

    /** 4 groups × 40 items; 120 users with 20 rows each, 60% of them in their own cluster. */
    static InteractionLog clusters(long seed) {
        return PlantedLogs.groups(seed, 120, 4, 40, 160, 160, 20, 0.6);
    }

    private static double[] allScores(TwoTowerAgent agent, int users, int items) {
        double[] all = new double[users * items];
        double[] s = new double[items];
        for (int u = 0; u < users; u++) {
            agent.scoreItems(u, s);
            System.arraycopy(s, 0, all, u * items, items);
        }
        return all;
    }

    @Test
    void ranksTheUnmetItemsOfTheUsersClusterFarAboveChance() throws TrainingDivergedException {
        InteractionLog log = clusters(1);
        TwoTowerAgent agent = new TwoTowerAgent(small(16, null, 8, null), new AgentContext(1, 1, 0, 5));
        agent.fit(log);

        double p = PlantedLogs.precisionAtK(agent, log, 10, i -> true, (u, i) -> i / 40 == u % 4);
        // Random ranking: each user met ~12 of its 40 cluster items and 20 of 160 items, so about
        // 28 of the 140 unmet items are its cluster's: P@10 ≈ 0.2. The planted rule gives 1.0.
        double chance = 0;
        for (int u = 0; u < log.userCount(); u++) {
            int unmet = 0;
            int own = 0;
            for (int i = 0; i < 160; i++) {
                if (!PlantedLogs.met(log, u, i)) {
                    unmet++;
                    own += i / 40 == u % 4 ? 1 : 0;
                }
            }
            chance += (double) own / unmet / log.userCount();
        }
        assertTrue(chance < 0.25, "chance " + chance);
        assertTrue(p >= 0.8, "P@10 " + p + " against chance " + chance);
    }

    @Test
    void generalisesThroughCatalogFeaturesToItemsTheLogNeverShowed() throws TrainingDivergedException {
        // The contract catalog's topics are the clusters: 6 topics, 300 items; only items < 150 are
        // ever logged, and the item tower sees catalog features only (no id embedding).
        Catalog catalog = ContractWorld.WORLD.catalog();
        InteractionLog.Builder b = InteractionLog.builder(60, catalog.size());
        RandomGenerator g = Seeds.generator(3);
        for (int u = 0; u < 60; u++) {
            int topic = u % 6;
            for (int t = 0; t < 16; t++) {
                int item;
                boolean own = g.nextDouble() < 0.6;
                do {
                    item = g.nextInt(150);
                } while ((catalog.topic(item) == topic) != own);
                b.add(u, item, own ? 1f : 0f, t);
            }
        }
        InteractionLog log = b.build();
        TwoTowerAgent agent = new TwoTowerAgent(small(0, true, 10, null), new AgentContext(1, 1, 0, 5, catalog));
        agent.fit(log);

        double p = PlantedLogs.precisionAtK(agent, log, 10, i -> i >= 150,
                (u, i) -> catalog.topic(i) == u % 6);
        double chance = 0;
        for (int t = 0; t < 6; t++) {
            int own = 0;
            for (int i = 150; i < 300; i++) {
                own += catalog.topic(i) == t ? 1 : 0;
            }
            chance += own / 150.0 / 6;
        }
        assertEquals(1.0 / 6, chance, 1e-12);
        assertTrue(p >= 0.8, "P@10 over never-logged items " + p + " against chance " + chance);
    }

    @Test
    void twoFitsWithTheSameSeedGiveBitIdenticalScoresAndAnotherSeedDoesNot() throws TrainingDivergedException {
        InteractionLog log = clusters(2);
        double[][] runs = new double[3][];
        long[] seeds = {7, 7, 8};
        for (int k = 0; k < 3; k++) {
            TwoTowerAgent agent = new TwoTowerAgent(small(8, null, 2, null), new AgentContext(1, 1, 0, seeds[k]));
            agent.fit(log);
            runs[k] = allScores(agent, 30, 160);
        }
        assertArrayEquals(runs[0], runs[1]);
        assertFalse(Arrays.equals(runs[0], runs[2]), "another seed must give another model");
    }

    @Test
    void recordsOneTrainingPointPerEpochWithFallingLoss() throws TrainingDivergedException {
        InteractionLog log = clusters(3);
        TwoTowerAgent agent = new TwoTowerAgent(small(8, null, 6, null), new AgentContext(1, 1, 0, 1));
        List<double[]> points = new ArrayList<>();
        agent.fit(log, (step, episode, ret, loss, eps) -> points.add(new double[] {step, episode, ret, loss, eps}));
        int positives = TwoTowerTrainer.positives(log, log.meanSignal()).length;
        assertEquals(6, points.size());
        for (int e = 0; e < 6; e++) {
            assertEquals((e + 1.0) * positives, points.get(e)[0], "examples so far");
            assertEquals(e, points.get(e)[1]);
            assertTrue(Double.isNaN(points.get(e)[2]) && Double.isNaN(points.get(e)[4]));
        }
        assertTrue(points.get(5)[3] < points.get(0)[3], "loss " + points.get(0)[3] + " → " + points.get(5)[3]);
    }

    @Test
    void aTemperatureTooSmallForFloatsStopsTrainingNamingAgentStepAndValue() {
        // 1/τ = 1e39 overflows float: the logits are infinite and the softmax loss is NaN.
        TwoTowerAgent agent = new TwoTowerAgent(small(8, null, 2, 1e-39), new AgentContext(1, 1, 0, 1));
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> agent.fit(clusters(4)));
        assertTrue(e.getMessage().matches("agent 'two-tower' diverged at step \\d+: loss = (NaN|-?Infinity)"),
                e.getMessage());
        assertNull(agent.network(), "a diverged fit leaves no model behind");
    }

    @Test
    void plainJavaScoringMatchesTheSameDiffGraph() throws TrainingDivergedException {
        Catalog catalog = ContractWorld.WORLD.catalog();
        TwoTowerAgent agent = new TwoTowerAgent(small(8, true, 2, null), new AgentContext(1, 1, 0, 9, catalog));
        InteractionLog log = PlantedLogs.groups(5, 30, 3, 50, catalog.size(), 150, 12, 0.6);
        agent.fit(log);
        TwoTowerNetwork net = agent.network();
        int p = net.inputSize();
        int d = net.embeddingSize();
        int[] items = {0, 17, 149, 150, 299};
        float[] x = new float[items.length * p];
        for (int k = 0; k < items.length; k++) {
            net.addInput(items[k], 1f, x, k * p);
        }
        INDArray out = net.graph().output(Map.of(TwoTowerNetwork.ITEM_INPUT, Nd4j.create(x, new long[] {items.length, p}, 'c')),
                TwoTowerNetwork.ITEM_VECTOR).get(TwoTowerNetwork.ITEM_VECTOR);
        float[] graph = out.dup('c').data().asFloat();
        for (int k = 0; k < items.length; k++) {
            for (int j = 0; j < d; j++) {
                assertEquals(graph[k * d + j], net.itemVectors()[items[k] * d + j], 1e-5, "item " + items[k]);
            }
        }
        // A user: signal-weighted mean of two items' inputs, through the user tower.
        float[] u = new float[p];
        net.addInput(3, 0.75f, u, 0);
        net.addInput(40, 0.25f, u, 0);
        float[] java = new float[d];
        net.userVector(new int[] {3, 40}, new float[] {3f, 1f}, 2, java);
        float[] viaGraph = net.graph().output(Map.of(TwoTowerNetwork.USER_INPUT, Nd4j.create(u, new long[] {1, p}, 'c')),
                TwoTowerNetwork.USER_VECTOR).get(TwoTowerNetwork.USER_VECTOR).dup('c').data().asFloat();
        assertArrayEquals(viaGraph, java, 1e-5f);
    }

    @Test
    void aSavedAndReloadedGraphScoresExactlyAsTheFittedModel(@TempDir Path dir) throws Exception {
        Catalog catalog = ContractWorld.WORLD.catalog();
        TwoTowerParameters parameters = small(8, true, 2, null);
        TwoTowerAgent fitted = new TwoTowerAgent(parameters, new AgentContext(1, 1, 0, 4, catalog));
        InteractionLog log = PlantedLogs.groups(6, 30, 3, 50, catalog.size(), 150, 12, 0.6);
        fitted.fit(log);
        File file = dir.resolve("two-tower.sd").toFile();
        fitted.network().graph().save(file, false);

        TwoTowerAgent loaded = new TwoTowerAgent(parameters, new AgentContext(1, 1, 0, 99, catalog));
        loaded.install(SameDiff.load(file, false), fitted.network().items(), log);
        assertArrayEquals(allScores(fitted, 30, catalog.size()), allScores(loaded, 30, catalog.size()));

        // Online, the installed model ranks an evaluation user's candidates as the fitted one does.
        for (TwoTowerAgent a : new TwoTowerAgent[] {fitted, loaded}) {
            Fixtures.watch(a, new int[] {0, 1, 2}, new double[] {1.0, 0.5, 0.0});
        }
        AgentFixtures.Batch batch = Fixtures.offering(5, 60, 120, 200);
        fitted.beginUser(batch.view(), 0);
        loaded.beginUser(batch.view(), 0);
        assertArrayEquals(fitted.lastUserVector(), loaded.lastUserVector());
    }

    @Test
    void anInstalledGraphOfAnotherShapeIsRefused() throws TrainingDivergedException {
        TwoTowerAgent fitted = new TwoTowerAgent(small(8, null, 1, null), new AgentContext(1, 1, 0, 4));
        fitted.fit(clusters(7));
        TwoTowerAgent other = new TwoTowerAgent(small(4, null, 1, null), new AgentContext(1, 1, 0, 4));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> other.install(fitted.network().graph(), 160, null));
        assertEquals("graph maps 8 inputs to 16; parameters and features say 4 to 16", e.getMessage());
    }

    @Test
    void aLogWithoutPositivesIsRefusedNamingTheThreshold() {
        InteractionLog log = clusters(8);
        TwoTowerAgent agent = new TwoTowerAgent(new TwoTowerParameters(null, null, null, null, 1, null, null, null,
                null, null, null, 2.0, null, null, null, null), new AgentContext(1, 1, 0, 1));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> agent.fit(log));
        assertEquals("agent 'two-tower': no training row has a signal >= 2.0 (positiveThreshold); nothing to learn"
                + " from", e.getMessage());
    }

    @Test
    void withNeitherCatalogFeaturesNorIdEmbeddingsThereIsNothingToLearnFrom() {
        TwoTowerAgent agent = new TwoTowerAgent(small(0, null, 1, null), new AgentContext(1, 1, 0, 1));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> agent.fit(clusters(9)));
        assertEquals("agent 'two-tower' has no item input: without catalog features idEmbeddingSize must be >= 1",
                e.getMessage());
    }

    @Test
    void needsNoCatalogAndPredictsNoSignal() {
        TwoTowerAgent agent = new TwoTowerAgent(TwoTowerParameters.defaults(), new AgentContext(1, 1, 0, 1));
        assertFalse(agent.needsCatalog());
        assertFalse(agent.predictsSignal());
        assertThrows(IllegalStateException.class, () -> agent.scoreItems(0, new double[3]));
    }

    @Test
    void anUnfittedAgentScoresEveryCandidateZeroSoPopularityDecides() {
        TwoTowerAgent agent = new TwoTowerAgent(TwoTowerParameters.defaults(), new AgentContext(1, 1, 0, 1));
        AgentFixtures.Batch batch = Fixtures.offering(1, 2);
        agent.beginUser(batch.view(), 0);
        assertEquals(0, agent.score(batch.view(), 0, 0));
        assertEquals(0, agent.score(batch.view(), 0, 1));
    }
}
