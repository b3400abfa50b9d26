package org.feedgym.env.world;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.PrivilegedView;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.SupplyDay;
import org.feedgym.env.params.FieldException;
import org.feedgym.env.random.Seeds;
import org.junit.jupiter.api.Test;

/** The supply side: creators' uploads, their adaptation, the grown neighbour table, determinism. */
class CreatorsTest {

    private static final int DAYS = 6;

    /** TestWorlds' small catalog over {@code DAYS} days, 2,000 steps at most, with creators. */
    static WorldConfig config(double adaptationRate) {
        WorldConfig base = TestWorlds.config(DAYS, 2000);
        return new WorldConfig(base.catalog(), base.users(), base.candidates(), base.reward(), base.episode(),
                base.userModel(), null, new CreatorsConfig(8, 2, adaptationRate, null, null));
    }

    /** Runs a population of {@code users} to the end, always showing the most engaging candidate. */
    static FeedPopulation run(World world, int users, ForkJoinPool pool, List<Integer> shown) {
        FeedPopulation env = new FeedPopulation(world, pool);
        long[] seeds = new long[users];
        for (int u = 0; u < users; u++) {
            seeds[u] = Seeds.derive(31, "user", u);
        }
        env.reset(seeds);
        PrivilegedView view = env.privilegedView();
        int[] actions = new int[users];
        while (!env.allDone()) {
            ObservationBatch obs = env.observations();
            for (int u = 0; u < users; u++) {
                int best = 0;
                if (obs.active(u)) {
                    for (int c = 1; c < obs.candidateCount(); c++) {
                        if (view.expectedEngagement(u, obs.candidate(u, c))
                                > view.expectedEngagement(u, obs.candidate(u, best))) {
                            best = c;
                        }
                    }
                }
                actions[u] = best;
            }
            StepOutcomes out = env.step(actions);
            for (int u = 0; u < users; u++) {
                if (shown != null) {
                    shown.add(out.shownItem(u));
                }
            }
        }
        return env;
    }

    /**
     * The vector environment checker passes every check but the three that assume independent
     * users: with creators, users are coupled through the supply (what one watches shapes what
     * all are offered later) and wait, inactive, at day boundaries for the others.
     */
    @Test
    void aPopulationWithCreatorsPassesTheCheckerExceptWhereUsersAreCoupledThroughTheSupply() {
        World world = WorldFactory.create(config(0.5), 3, null);
        org.feedgym.env.check.CheckReport report = org.feedgym.env.check.VectorEnvChecker.report(
                () -> world.vectorEnvironment(null), 12, 5_000);
        int checked = 0;
        for (org.feedgym.env.check.CheckReport.Finding f : report.findings()) {
            if (!org.feedgym.env.check.VectorEnvChecker.INDEPENDENT_USER_CHECKS.contains(f.check())) {
                assertTrue(f.passed(), f.check() + ": " + f.detail());
                checked++;
            }
        }
        assertTrue(report.notApplicable(org.feedgym.env.check.VectorEnvChecker.INDEPENDENT_USER_CHECKS, "coupled")
                .passed());
        assertTrue(checked >= 5, checked + " checks");
    }

    @Test
    void withAdaptationRateZeroEveryCreatorsMixStaysExactlyItsInitialMix() {
        World world = WorldFactory.create(config(0), 3, null);
        FeedPopulation env = run(world, 60, null, null);
        Creators creators = env.creators();
        assertTrue(creators.day() >= 3, "the run reached day " + creators.day());
        for (int c = 0; c < 8; c++) {
            assertArrayEquals(creators.initialMix(c), creators.mix(c), 0.0, "creator " + c);
        }
        // Not vacuous: the same run with a positive rate moves some creator's mix.
        Creators adapting = run(WorldFactory.create(config(0.5), 3, null), 60, null, null).creators();
        boolean moved = false;
        for (int c = 0; c < 8; c++) {
            moved |= !java.util.Arrays.equals(adapting.initialMix(c), adapting.mix(c));
        }
        assertTrue(moved, "a rate of 0.5 moved no mix");
    }

    @Test
    void uploadsArriveEachDayAndAreShownOnlyOnceUploaded() {
        World world = WorldFactory.create(config(0.3), 3, null);
        List<Integer> shown = new ArrayList<>();
        FeedPopulation env = run(world, 60, null, shown);
        List<SupplyDay> days = env.supplyDays();
        assertEquals(env.creators().day(), days.size());
        for (SupplyDay d : days) {
            assertEquals(d.day() < DAYS ? 16 : 0, d.uploads(), "8 creators x 2 uploads on day " + d.day());
        }
        long newShown = days.stream().mapToLong(SupplyDay::newItemsShown).sum();
        assertTrue(newShown > 0, "no new item was ever shown");
        for (int item : shown) {
            if (item >= world.baseItems()) {
                assertTrue(env.creators().creatorOf(item) >= 0, "item " + item + " shown but never uploaded");
            }
        }
    }

    @Test
    void theGrownNeighbourTableEqualsAnExactTableOverTheLiveItems() {
        World world = WorldFactory.create(config(0.3), 3, null);
        LiveNeighbours live = run(world, 40, null, null).creators().live();
        assertTrue(live.count() > world.baseItems(), "nothing was uploaded");
        Catalog catalog = world.catalog();
        int w = live.width();
        for (int i = 0; i < live.count(); i++) {
            int item = live.item(i);
            int[] expected = exactRowAmongLive(catalog, live, item, w);
            for (int r = 0; r < w; r++) {
                assertEquals(expected[r], live.neighbour(item, r), "item " + item + " rank " + r);
            }
        }
    }

    /** Brute force: the live items sorted by cosine to {@code item}, ties to the lower index. */
    private static int[] exactRowAmongLive(Catalog catalog, LiveNeighbours live, int item, int w) {
        float[] emb = catalog.embeddingsView();
        int d = catalog.dimensions();
        List<Integer> others = new ArrayList<>();
        for (int j = 0; j < catalog.size(); j++) {
            if (j != item && live.live(j)) {
                others.add(j);
            }
        }
        java.util.function.ToDoubleFunction<Integer> score = j -> {
            double s = 0;
            for (int k = 0; k < d; k++) {
                s += emb[item * d + k] * emb[j * d + k];
            }
            return s;
        };
        others.sort((a, b) -> {
            int c = Double.compare(score.applyAsDouble(b), score.applyAsDouble(a));
            return c != 0 ? c : Integer.compare(a, b);
        });
        return others.subList(0, w).stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        World world = WorldFactory.create(config(0.5), 3, null);
        List<Integer> oneThread = new ArrayList<>();
        List<SupplyDay> a = run(world, 600, null, oneThread).supplyDays();
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            List<Integer> twoThreads = new ArrayList<>();
            List<SupplyDay> b = run(world, 600, pool, twoThreads).supplyDays();
            assertEquals(a, b);
            assertEquals(oneThread, twoThreads);
        } finally {
            pool.shutdown();
        }
        assertTrue(a.size() >= 3, a.size() + " days");
    }

    @Test
    void withoutCreatorsTheCatalogAndNeighboursAreThoseOfTheWorldAsBefore() {
        World plain = WorldFactory.create(TestWorlds.config(DAYS, 2000), 3, null);
        World supplied = WorldFactory.create(config(0), 3, null);
        assertEquals(400, plain.catalog().size());
        assertEquals(400, supplied.baseItems());
        assertEquals(400 + (DAYS - 1) * 6 * 16, supplied.catalog().size());
        for (int i = 0; i < 400; i++) {
            assertEquals(plain.catalog().topic(i), supplied.catalog().topic(i));
            assertEquals(plain.catalog().harm(i), supplied.catalog().harm(i));
            assertEquals(plain.catalog().popularity(i), supplied.catalog().popularity(i));
            for (int r = 0; r < plain.neighbours().width(); r++) {
                assertEquals(plain.neighbours().neighbour(i, r), supplied.neighbours().neighbour(i, r));
            }
        }
        assertTrue(new FeedPopulation(plain, null).supplyDays().isEmpty());
    }

    @Test
    void aLargeCatalogsDayZeroTableComesFromTheNeighbourIndexAndUploadsAreTakenIn() {
        WorldConfig exact = config(0.3);
        CandidatesConfig c = exact.candidates();
        CandidatesConfig approximate = new CandidatesConfig(c.k(), c.neighbourShare(), c.popularShare(), c.neighbours(),
                c.popularPool(), 100);
        World indexed = WorldFactory.create(new WorldConfig(exact.catalog(), exact.users(), approximate, exact.reward(),
                exact.episode(), exact.userModel(), null, exact.creators()), 3, null);
        World plainIndexed = WorldFactory.create(new WorldConfig(exact.catalog(), exact.users(), approximate,
                exact.reward(), exact.episode(), exact.userModel()), 3, null);
        assertFalse(indexed.neighbours().exact());
        for (int i = 0; i < 400; i++) {
            for (int r = 0; r < plainIndexed.neighbours().width(); r++) {
                assertEquals(plainIndexed.neighbours().neighbour(i, r), indexed.neighbours().neighbour(i, r),
                        "the day-0 rows are those of the same catalog without creators");
            }
        }
        LiveNeighbours live = run(indexed, 40, null, null).creators().live();
        assertTrue(live.count() > 400, "nothing was uploaded");
        for (int i = 400; i < live.count(); i++) {
            int item = live.item(i);
            assertArrayEquals(exactRowAmongLive(indexed.catalog(), live, item, live.width()),
                    java.util.stream.IntStream.range(0, live.width()).map(r -> live.neighbour(item, r)).toArray(),
                    "an upload's row is exact among the live items");
        }
    }

    @Test
    void badCreatorSettingsNameTheFieldAndTheRule() {
        FieldException count = assertThrows(FieldException.class, () -> new CreatorsConfig(-3, null, null, null, null));
        assertEquals("count", count.field());
        assertEquals("count must be in [1, 10000], got -3", count.getMessage());
        FieldException uploads = assertThrows(FieldException.class, () -> new CreatorsConfig(null, -1, null, null, null));
        assertEquals("uploadsPerDay", uploads.field());
        FieldException rate = assertThrows(FieldException.class, () -> new CreatorsConfig(null, null, 1.5, null, null));
        assertEquals("adaptationRate", rate.field());
        assertEquals("adaptationRate must be in [0.0, 1.0], got 1.5", rate.getMessage());
        WorldConfig oneSession = TestWorlds.config(0, 60);
        FieldException days = assertThrows(FieldException.class, () -> new WorldConfig(oneSession.catalog(),
                null, oneSession.candidates(), null, oneSession.episode(), null, null,
                new CreatorsConfig(null, null, null, null, null)));
        assertEquals("creators", days.field());
        assertTrue(days.getMessage().contains("episode.days must be >= 2 (uploads arrive on days 1 .. days - 1), got 0"), days.getMessage());
        FieldException oneDay = assertThrows(FieldException.class, () -> new WorldConfig(oneSession.catalog(),
                null, oneSession.candidates(), null, new EpisodeConfig(60, 1), null, null,
                new CreatorsConfig(null, null, null, null, null)));
        assertTrue(oneDay.getMessage().contains("episode.days must be >= 2"), oneDay.getMessage());
        FieldException tooMany = assertThrows(FieldException.class, () -> new WorldConfig(oneSession.catalog(),
                null, oneSession.candidates(), null, new EpisodeConfig(60, 365), null, null,
                new CreatorsConfig(10_000, 100, null, null, null)));
        assertEquals("creators", tooMany.field());
        assertTrue(tooMany.getMessage().contains("must hold at most 2000000 items"), tooMany.getMessage());
        FieldException topic = assertThrows(FieldException.class, () -> new WorldConfig(oneSession.catalog(),
                null, oneSession.candidates(), null, new EpisodeConfig(60, 3), null, null,
                new CreatorsConfig(1, null, null, null, List.of(java.util.Map.of("knitting", 1.0)))));
        assertEquals("creators.mixes[0].knitting", topic.field());
    }

    @Test
    void givenMixesAreNormalisedAndUploadOnlyTheirTopics() {
        WorldConfig base = config(0);
        WorldConfig given = new WorldConfig(base.catalog(), base.users(), base.candidates(), base.reward(),
                base.episode(), base.userModel(), null, new CreatorsConfig(2, 3, 0.0, null,
                        List.of(java.util.Map.of("comedy", 2.0), java.util.Map.of("music", 1.0, "comedy", 1.0))));
        World world = WorldFactory.create(given, 3, null);
        FeedPopulation env = run(world, 30, null, null);
        assertArrayEquals(new double[] {1, 0, 0, 0, 0, 0}, env.creators().mix(0), 0.0);
        assertArrayEquals(new double[] {0.5, 0.5, 0, 0, 0, 0}, env.creators().mix(1), 0.0);
        for (int item = world.baseItems(); item < world.catalog().size(); item++) {
            int c = env.creators().creatorOf(item);
            if (c == 0) {
                assertEquals(0, world.catalog().topic(item));
            } else if (c == 1) {
                assertTrue(world.catalog().topic(item) <= 1);
            }
        }
        assertFalse(env.supplyDays().isEmpty());
    }
}
