package org.feedgym.env.world;

import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.FeedObservation;
import org.feedgym.env.Environment;
import org.feedgym.env.PrivilegedView;
import org.feedgym.env.EndReason;
import org.feedgym.env.StepOutcomes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.feedgym.env.random.Seeds;
import org.junit.jupiter.api.Test;

class UserModelTest {

    private static World worldOf(String persona) {
        Map<String, Double> mix = new LinkedHashMap<>();
        mix.put(persona, 1.0);
        WorldConfig c = new WorldConfig(new CatalogConfig("synthetic", 500, 6, 2, 8, 0.2, null),
                new UsersConfig(mix, null), new CandidatesConfig(8, null, null, null, 50), null,
                new EpisodeConfig(100, 0));
        return WorldFactory.create(c, 77L, null);
    }

    /** Mean expected watch fraction of harmful minus benign items over many fresh users. */
    private static double harmfulWatchAdvantage(World world) {
        FeedPopulation p = new FeedPopulation(world, null);
        long[] seeds = new long[200];
        for (int u = 0; u < seeds.length; u++) {
            seeds[u] = Seeds.derive(5, "u", u);
        }
        p.reset(seeds);
        Catalog c = world.catalog();
        double harmful = 0;
        double benign = 0;
        int nh = 0;
        int nb = 0;
        for (int u = 0; u < seeds.length; u++) {
            for (int i = 0; i < c.size(); i += 5) {
                double e = world.model().expectedWatch(stateOf(p), u, i);
                if (c.harmful(i)) {
                    harmful += e;
                    nh++;
                } else {
                    benign += e;
                    nb++;
                }
            }
        }
        return harmful / nh - benign / nb;
    }

    private static UserStates stateOf(FeedPopulation p) {
        try {
            var f = FeedPopulation.class.getDeclaredField("states");
            f.setAccessible(true);
            return (UserStates) f.get(p);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void vulnerableTeensAreDrawnToHarmfulItemsAndAdultsAreNot() {
        double adult = harmfulWatchAdvantage(worldOf("adult"));
        double vulnerable = harmfulWatchAdvantage(worldOf("teen-vulnerable"));
        assertTrue(adult < 0, "adults: harmful minus benign expected watch = " + adult);
        assertTrue(vulnerable > 0.1, "vulnerable teens: harmful minus benign expected watch = " + vulnerable);
    }

    @Test
    void interestDriftsTowardWhatTheUserWatches() {
        World world = worldOf("teen");
        FeedEnvironment env = new FeedEnvironment(world);
        env.reset(1L);
        PrivilegedView view = env.privilegedView();
        // Always show the first candidate; drift is the distance from the initial interest.
        FeedPopulation population = (FeedPopulation) view;
        assertEquals(0.0, population.interestDrift(0));
        var step = env.step(0);
        for (int t = 0; t < 20 && !step.done(); t++) {
            step = env.step(0);
        }
        assertTrue(population.interestDrift(0) > 0.01, "drift " + population.interestDrift(0));
    }

    @Test
    void satiationLowersTheWatchOfARepeatedTopic() {
        World world = worldOf("adult");
        FeedPopulation p = new FeedPopulation(world, null);
        p.reset(new long[] {3L});
        UserStates s = stateOf(p);
        int item = 0;
        double before = world.model().expectedWatch(s, 0, item);
        s.satiation[world.catalog().topic(item)] += 1.0f;
        double after = world.model().expectedWatch(s, 0, item);
        assertTrue(after < before, before + " -> " + after);
    }

    @Test
    void expectedRewardSubtractsTheHarmPenalty() {
        WorldConfig c = new WorldConfig(new CatalogConfig("synthetic", 300, 4, 1, 8, 0.3, null), null,
                new CandidatesConfig(8, null, null, null, 50), new RewardConfig(null, null, null, null, null, 2.0),
                null);
        World world = WorldFactory.create(c, 1L, null);
        FeedPopulation p = new FeedPopulation(world, null);
        p.reset(new long[] {8L});
        for (int i = 0; i < 50; i++) {
            assertEquals(p.expectedEngagement(0, i) - 2.0 * world.catalog().harm(i), p.expectedReward(0, i), 1e-12);
        }
    }

    private static World auditWorld(Boolean boredomExit, String warmTopic) {
        Map<String, Double> mix = new LinkedHashMap<>();
        mix.put("teen", 1.0);
        WorldConfig c = new WorldConfig(new CatalogConfig("synthetic", 500, 6, 2, 8, 0.2, null),
                new UsersConfig(mix, null, 30.0, boredomExit, warmTopic, null, null, null, null),
                new CandidatesConfig(8, null, null, null, 50), null, new EpisodeConfig(5000, 0));
        return WorldFactory.create(c, 77L, null);
    }

    @Test
    void aWarmStartPutsOneItemOfTheTopicInTheHistoryAndStartsTheClockAtZero() {
        World world = auditWorld(null, "body-image");
        FeedPopulation p = new FeedPopulation(world, null);
        p.reset(new long[] {4L});
        UserStates s = stateOf(p);
        assertEquals(1, s.historyCount[0]);
        assertEquals("body-image", world.catalog().topics().get(world.catalog().topic(s.recentItem(0, 0))).name());
        assertEquals(0.0, p.clockSeconds(0));
        assertEquals(0, p.steps(0));
        // the history embedding is no longer zero, so candidates have history cosines
        assertTrue(p.observations().feature(0, 0) != 0f || p.observations().feature(0, 1) != 0f);
    }

    @Test
    void withoutBoredomExitsSessionsEndOnlyWhenTheBudgetIsSpent() {
        World world = auditWorld(false, null);
        FeedPopulation p = new FeedPopulation(world, null);
        long[] seeds = new long[50];
        for (int u = 0; u < seeds.length; u++) {
            seeds[u] = u;
        }
        p.reset(seeds);
        int[] worst = new int[seeds.length];
        int minutesOver = 0;
        while (!p.allDone()) {
            StepOutcomes o = p.step(worst);
            for (int u = 0; u < seeds.length; u++) {
                if (o.endReason(u) != EndReason.NONE) {
                    assertEquals(EndReason.BUDGET_SPENT, o.endReason(u));
                    minutesOver += p.clockSeconds(u) / 60 > 10 ? 1 : 0;
                }
            }
        }
        // Budgets average 30 minutes (log-normal, sd 0.4): nearly every user watches > 10 minutes.
        assertTrue(minutesOver >= 45, "users past 10 minutes: " + minutesOver);
    }

    @Test
    void aMisspeltWarmStartTopicGetsTheNearestTopic() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.feedgym.env.params.FieldException.class,
                () -> auditWorld(null, "body-imag"));
        assertTrue(e.getMessage().startsWith("unknown topic 'body-imag' (did you mean 'body-image'?); topics of this"
                + " catalog: ["), e.getMessage());
    }

    @Test
    void anUnknownWarmStartTopicNamesTheTopics() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.feedgym.env.params.FieldException.class,
                () -> auditWorld(null, "cats"));
        assertEquals("users.warmStartTopic", e.field());
        assertTrue(e.getMessage().startsWith("unknown topic 'cats'; topics of this catalog: ["), e.getMessage());
    }

    @Test
    void theRepetitionRuleEndsTheSessionWhenTwoConsecutiveItemsShareATopic() {
        WorldConfig c = new WorldConfig(new CatalogConfig("synthetic", 500, 6, 2, 8, 0.2, null),
                new UsersConfig(null, null, 500.0, false, null, null, 1, 0, null),
                new CandidatesConfig(8, null, null, null, 50), null, new EpisodeConfig(1000, 0));
        World world = WorldFactory.create(c, 5L, null);
        for (long seed = 0; seed < 20; seed++) {
            Environment<FeedObservation, Integer> env = world.environment();
            env.reset(seed);
            String previous = null;
            for (int t = 0; t < 1000; t++) {
                var step = env.step(t % 8);
                String topic = (String) step.info().get("topic");
                boolean repeated = topic.equals(previous);
                assertEquals(repeated, step.done(), "seed " + seed + " step " + t);
                if (repeated) {
                    assertEquals("repetition", step.info().get("endReason"));
                    assertTrue(step.terminated());
                    break;
                }
                previous = topic;
            }
        }
    }

    /** Six items over three topics; items 0 and 1 differ in topic but share their second category. */
    private static Catalog listedCatalog() {
        List<Topic> topics = List.of(new Topic("a", HarmClass.NONE), new Topic("b", HarmClass.NONE),
                new Topic("c", HarmClass.NONE));
        int[][] lists = {{1, 5}, {2, 5}, {3}, {1}, {2}, {3, 4}};
        int[] topicOf = {0, 1, 2, 0, 1, 2};
        Catalog.Builder b = Catalog.builder(topics, lists.length, 2);
        for (int i = 0; i < lists.length; i++) {
            b.item(i, topicOf[i], new float[] {1, i}, 0, 0.5).categories(i, lists[i]).engagement(i, 10, 0, 0, 0, 0, 0);
        }
        return b.build();
    }

    /** Whether the session ends on the last of {@code items}, shown in order to one fresh user. */
    private static boolean endsOnLast(String exitOn, int... items) {
        WorldConfig c = new WorldConfig(null, new UsersConfig(Map.of("adult", 1.0), 3, 500.0, false, null, null, 1, 0,
                null, null, null, exitOn), new CandidatesConfig(2, 0.0, 0.0, null, 4), null, new EpisodeConfig(100, 0));
        World world = WorldFactory.create(c, listedCatalog(), null);
        UserStates s = new UserStates(1, world.catalog().dimensions(), world.catalog().topicCount(), 3, 2);
        s.budgetSeconds[0] = 1e9;
        EndReason last = EndReason.NONE;
        for (int item : items) {
            world.model().transition(s, 0, item, 1.0, 10);
            last = world.model().sessionEnd(s, 0, item, 1.0);
        }
        return last == EndReason.REPETITION;
    }

    @Test
    void anyCategoryEndsOnASharedSecondaryCategoryAndNotOtherwise() {
        assertTrue(endsOnLast("any-category", 0, 1), "0 and 1 share category 5");
        assertTrue(endsOnLast("any-category", 4, 1), "1's first category is 4's only one");
        assertFalse(endsOnLast("any-category", 0, 2), "no category in common");
        assertFalse(endsOnLast("any-category", 1, 2, 0), "only the window's one item counts");
        assertFalse(endsOnLast("topic", 0, 1), "the topic rule sees topics a and b");
        assertTrue(endsOnLast("topic", 0, 3));
        assertTrue(endsOnLast(null, 0, 3), "topic is the default");
    }

    @Test
    void anyCategoryNeedsACatalogWithCategoryLists() {
        WorldConfig c = new WorldConfig(new CatalogConfig("synthetic", 500, 6, 2, 8, 0.2, null),
                new UsersConfig(null, 3, 500.0, false, null, null, 1, 0, null, null, null, "any-category"),
                new CandidatesConfig(8, null, null, null, 50), null, new EpisodeConfig(10, 0));
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.feedgym.env.params.FieldException.class,
                () -> WorldFactory.create(c, 5L, null));
        assertEquals("users.exitOn", e.field());
        assertFalse(WorldFactory.create(c.withUsers(new UsersConfig(null, 3, 500.0, false, null, null, 1, 0, null)),
                5L, null).catalog().hasCategoryLists());
    }
}
