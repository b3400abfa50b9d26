package org.feedgym.agents.intervention;

import static org.feedgym.agents.intervention.Wrapped.agent;
import static org.feedgym.agents.intervention.Wrapped.wrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.ContractWorld;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.world.Catalog;
import org.feedgym.env.world.HarmClass;
import org.feedgym.env.world.Topic;
import org.junit.jupiter.api.Test;

/** The recency feed of {@code non-personalised}, by hand on a four-item catalog. */
class NonPersonalisedRecencyTest {

    private static final int K = 4;
    private static final int USER_FEATURES = 2;

    /** Items 0..3 uploaded on days {@code days}, each its own embedding; all one topic. */
    private static Catalog catalog(int... days) {
        Catalog.Builder b = Catalog.builder(List.of(new Topic("t", HarmClass.NONE)), days.length, 2);
        for (int i = 0; i < days.length; i++) {
            b.item(i, 0, new float[] {1, i}, 0, 0.5).engagement(i, 30, 10, 1, 0, 0, 0).uploadDay(i, days[i]);
        }
        return b.build();
    }

    /** One user offered items 0..3 in order, with the popularity features {@code popularity}. */
    private static ObservationBatch offered(float... popularity) {
        float[] features = new float[USER_FEATURES + K * ObservationBatch.CANDIDATE_FEATURES];
        for (int c = 0; c < K; c++) {
            features[USER_FEATURES + c * ObservationBatch.CANDIDATE_FEATURES + ObservationBatch.F_POPULARITY] =
                    popularity[c];
        }
        return new ObservationBatch(1, K, USER_FEATURES, features, new int[] {0, 1, 2, 3}, new boolean[1]);
    }

    private static int choose(Catalog catalog, ObservationBatch obs, double[] scores) {
        NonPersonalisedRule rule = new NonPersonalisedRule(new NonPersonalisedParameters(1.0, "recency", 1L), catalog);
        return rule.choose(obs, 0, 0, scores, 0, new RecentItems(1), null);
    }

    @Test
    void theMostRecentlyUploadedCandidateIsShownWhateverItsPopularity() {
        double[] scores = new double[K];
        // Days 0, 3, 1, 2: item 1 is newest though the least popular.
        assertEquals(1, choose(catalog(0, 3, 1, 2), offered(0.9f, 0.1f, 0.8f, 0.7f), scores));
        assertTrue(scores[1] > scores[3] && scores[3] > scores[2] && scores[2] > scores[0], "scores keep the order");
    }

    @Test
    void equallyRecentCandidatesAreOrderedByPopularity() {
        // Items 1 and 3 both of day 2: the more popular, item 3, wins.
        assertEquals(3, choose(catalog(0, 2, 1, 2), offered(0.9f, 0.4f, 0.8f, 0.6f), new double[K]));
    }

    @Test
    void withoutUploadTimesTheRecencyFeedIsThePopularityFeed() throws Exception {
        AgentContext context = AgentContext.of(ContractWorld.WORLD, 5);
        var recency = Wrapped.create(wrap("non-personalised", "\"share\": 1, \"feed\": \"recency\"",
                agent("greedy-engagement", "")), context);
        var popularity = Wrapped.create(agent("popularity", ""), context);
        var population = ContractWorld.WORLD.vectorEnvironment(null);
        population.reset(ContractWorld.userSeeds(3, 16));
        if (recency instanceof org.feedgym.agents.PrivilegedAgent p) {
            p.grant(population.privilegedView());
        }
        int[] a = new int[16];
        int[] b = new int[16];
        int steps = 0;
        while (!population.allDone()) {
            java.util.Arrays.fill(a, -1);
            java.util.Arrays.fill(b, -1);
            recency.act(population.observations(), a);
            popularity.act(population.observations(), b);
            assertEquals(java.util.Arrays.toString(b), java.util.Arrays.toString(a), "step " + steps);
            var outcomes = population.step(a);
            recency.observe(outcomes);
            popularity.observe(outcomes);
            steps++;
        }
        assertTrue(steps > 10, "ran " + steps + " steps");
    }

    @Test
    void withCreatorsTheRecencyFeedShowsTheNewestUploadOffered() {
        org.feedgym.env.world.World world = org.feedgym.env.world.WorldFactory.create(
                new org.feedgym.env.world.WorldConfig(
                        new org.feedgym.env.world.CatalogConfig("synthetic", 300, 6, 2, 8, null, null), null, null, null,
                        new org.feedgym.env.world.EpisodeConfig(3000, 6), null, null,
                        new org.feedgym.env.world.CreatorsConfig(10, 3, 0.0, null, null)), 5, null);
        var recency = Wrapped.create(wrap("non-personalised", "\"share\": 1, \"feed\": \"recency\"",
                agent("greedy-engagement", "")), AgentContext.of(world, 5));
        var population = world.vectorEnvironment(null);
        int users = 30;
        population.reset(ContractWorld.userSeeds(4, users));
        if (recency instanceof org.feedgym.agents.PrivilegedAgent p) {
            p.grant(population.privilegedView());
        }
        Catalog catalog = world.catalog();
        int[] actions = new int[users];
        int newestShown = 0;
        while (!population.allDone()) {
            ObservationBatch obs = population.observations();
            java.util.Arrays.fill(actions, -1);
            recency.act(obs, actions);
            for (int u = 0; u < users; u++) {
                if (!obs.active(u)) {
                    continue;
                }
                int newest = 0;
                for (int c = 0; c < obs.candidateCount(); c++) {
                    newest = Math.max(newest, catalog.uploadDay(obs.candidate(u, c)));
                }
                assertEquals(newest, catalog.uploadDay(obs.candidate(u, actions[u])), "user " + u);
                newestShown += newest > 0 ? 1 : 0;
            }
            recency.observe(population.step(actions));
        }
        assertTrue(newestShown > 20, "an upload was the newest candidate " + newestShown + " times");
    }
}
