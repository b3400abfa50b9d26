package org.feedgym.simulator.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.feedgym.env.world.CandidatesConfig;
import org.feedgym.env.world.CatalogConfig;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.world.StepOutcomesFixture;
import org.feedgym.env.world.UsersConfig;
import org.feedgym.env.world.World;
import org.feedgym.env.world.WorldConfig;
import org.feedgym.env.world.WorldFactory;
import org.junit.jupiter.api.Test;

class TimeSeriesRecorderTest {

    @Test
    void eachCellKeepsItsUsersSquaredCountsAndPooledRunsTheirShares() {
        World world = smallWorld();
        VectorEnvironment population = world.vectorEnvironment(null);
        population.reset(new long[] {1L, 2L});
        int harmful = firstItem(world, true);
        int benign = firstItem(world, false);
        TimeSeriesRecorder r = new TimeSeriesRecorder(world.catalog(), population.infos(), 2, 5);
        StepOutcomes o = StepOutcomesFixture.create(2);
        // 5-minute buckets. User 0: bucket 0 gets harmful, harmful (1 min each), benign (3 min), then
        // bucket 1 two harmful items. User 1: bucket 0 one benign item (6 min), bucket 1 one harmful
        // item, then it is idle.
        int[][] items = {{harmful, benign}, {harmful, harmful}, {benign, -1}, {harmful, -1}, {harmful, -1}};
        double[][] seconds = {{60, 360}, {60, 60}, {180, 0}, {60, 0}, {60, 0}};
        for (int t = 0; t < items.length; t++) {
            for (int u = 0; u < 2; u++) {
                if (items[t][u] < 0) {
                    StepOutcomesFixture.idle(o, u);
                } else {
                    StepOutcomesFixture.show(o, u, items[t][u], 0, 1, seconds[t][u], false, t);
                }
            }
            r.onStep(o);
        }
        // Read twice: adding to a series does not change the recorder.
        TimeSeries once = new TimeSeries(2, world.catalog().topicCount());
        r.addTo(once);
        TimeSeries series = new TimeSeries(2, world.catalog().topicCount());
        r.addTo(series);
        assertEquals(sums(once), sums(series));
        List<TimeSeries.Cell> all = series.cells().stream().filter(c -> c.group() == 0).toList();
        // Bucket 0: user 0 has (n, h) = (3, 2) and user 1 (1, 0).
        TimeSeries.Cell first = all.get(0);
        assertEquals(2, first.users());
        assertEquals(3 * 3 + 1, first.itemsSquared());
        assertEquals(2 * 2, first.harmfulSquared());
        assertEquals(3 * 2, first.itemsTimesHarmful());
        // Bucket 1: user 0 (2, 2), still in it at the end, and user 1 (1, 1).
        TimeSeries.Cell second = all.get(1);
        assertEquals(2 * 2 + 1, second.itemsSquared());
        assertEquals(2 * 2 + 1, second.harmfulSquared());
        assertEquals(2 * 2 + 1, second.itemsTimesHarmful());
        assertEquals(0, first.runs());

        // Pooling two runs: the cells count the runs and their sums as clusters.
        TimeSeries pooled = new TimeSeries(2, world.catalog().topicCount());
        pooled.addAll(series.cells());
        pooled.addAll(once.cells());
        TimeSeries.Cell p = pooled.cells().get(0);
        assertEquals(2, p.runs());
        assertEquals(4, p.users());
        // Each run: 4 items, 2 harmful.
        assertEquals(2 * 16.0, p.runSums()[0], 1e-12);
        assertEquals(2 * 4.0, p.runSums()[1], 1e-12);
        assertEquals(2 * 8.0, p.runSums()[2], 1e-12);
        // Two identical runs have the same share: no variance between them, so no interval over
        // runs; over the four users (shares 2/3, 0, 2/3, 0) there is one.
        assertEquals(null, p.harmfulShareInterval(TimeSeries.Unit.TRAINING_RUNS));
        double[] overUsers = p.harmfulShareInterval(TimeSeries.Unit.USERS);
        assertTrue(overUsers[0] < 0.5 && overUsers[1] > 0.5);
        // Within one run there are no runs to go by.
        assertEquals(null, first.harmfulShareInterval(TimeSeries.Unit.TRAINING_RUNS));
    }

    /** 100 items, 4 topics of which 1 harmful, adults only. */
    private static World smallWorld() {
        return WorldFactory.create(new WorldConfig(new CatalogConfig("synthetic", 100, 4, 1, 4, 0.5, null),
                new UsersConfig(Map.of("adult", 1.0), null), new CandidatesConfig(4, null, null, null, 10), null, null),
                3L, null);
    }

    /** The catalog's first harmful (or first benign) item. */
    private static int firstItem(World world, boolean harmful) {
        for (int i = 0; i < world.catalog().size(); i++) {
            if (world.catalog().harmful(i) == harmful) {
                return i;
            }
        }
        throw new AssertionError("no " + (harmful ? "harmful" : "benign") + " item");
    }

    private static List<List<Long>> sums(TimeSeries series) {
        return series.cells().stream().map(c -> List.of((long) c.bucket(), (long) c.group(), c.users(), c.items(),
                c.harmful(), c.itemsSquared(), c.harmfulSquared(), c.itemsTimesHarmful())).toList();
    }

    @Test
    void itemsFallInTheBucketOfTheWatchTimeBeforeThem() {
        World world = smallWorld();
        VectorEnvironment population = world.vectorEnvironment(null);
        population.reset(new long[] {1L});
        int harmful = firstItem(world, true);
        int benign = firstItem(world, false);
        TimeSeriesRecorder r = new TimeSeriesRecorder(world.catalog(), population.infos(), 1, 5);
        StepOutcomes o = StepOutcomesFixture.create(1);
        // Watched 4 min, then 4 min (starts at minute 4: bucket 0), then 1 min (starts at 8: bucket 1).
        int[] items = {benign, harmful, harmful};
        double[] seconds = {240, 240, 60};
        for (int t = 0; t < 3; t++) {
            StepOutcomesFixture.show(o, 0, items[t], 0, 1, seconds[t], false, t);
            r.onStep(o);
        }
        TimeSeries series = new TimeSeries(2, world.catalog().topicCount());
        r.addTo(series);
        List<TimeSeries.Cell> all = series.cells().stream().filter(c -> c.group() == 0).toList();
        assertEquals(2, all.size());
        assertEquals(2, all.get(0).items());
        assertEquals(1, all.get(0).harmful());
        assertEquals(1, all.get(0).users());
        assertEquals(1.0, all.get(0).reward(), 1e-12);
        assertEquals(1, all.get(1).bucket());
        assertEquals(1, all.get(1).harmful());
        // The adult persona's rows mirror "all" here.
        assertEquals(2, series.cells().stream().filter(c -> c.group() == 1).count());
    }

    @Test
    void byDayItemsFallOnTheDayTheirSessionBeganGapsIncluded() {
        World world = smallWorld();
        VectorEnvironment population = world.vectorEnvironment(null);
        population.reset(new long[] {1L});
        TimeSeriesRecorder r = TimeSeriesRecorder.byDay(world.catalog(), population.infos(), 1);
        StepOutcomes o = StepOutcomesFixture.create(1);
        // Session 1 begins at 10 s (day 0) and runs past midnight (23 h 59 min, then 24 h 1 min):
        // all three items stay on day 0. After a gap, session 2 begins at 26 h (day 1), session 3
        // at 50 h (day 2).
        double[] shownAt = {10, 86_340, 86_460, 93_600, 180_000};
        boolean[] sessionEndsAfter = {false, false, true, true, false};
        for (int t = 0; t < shownAt.length; t++) {
            StepOutcomesFixture.show(o, 0, t, shownAt[t], 1, 60, false, 1);
            if (sessionEndsAfter[t]) {
                StepOutcomesFixture.endSession(o, 0, org.feedgym.env.EndReason.BORED);
            }
            r.onStep(o);
        }
        TimeSeries series = new TimeSeries(2, world.catalog().topicCount());
        r.addTo(series);
        List<TimeSeries.Cell> all = series.cells().stream().filter(c -> c.group() == 0).toList();
        assertEquals(List.of(0, 1, 2), all.stream().map(TimeSeries.Cell::bucket).toList());
        assertEquals(List.of(3L, 1L, 1L), all.stream().map(TimeSeries.Cell::items).toList());
        assertEquals(List.of(1L, 1L, 1L), all.stream().map(TimeSeries.Cell::users).toList());
    }

    @Test
    void aRunOfOneDayHasNoSecondDayThoughSessionsRunPastMidnight() throws Exception {
        // A 1-day population: sessions that begin late on the day run past midnight, and must not
        // open a second day.
        World world = WorldFactory.create(new WorldConfig(new CatalogConfig("synthetic", 300, 4, 1, 8, 0.5, null),
                new UsersConfig(Map.of("adult", 1.0), null), new CandidatesConfig(6, null, null, null, 40),
                null, new org.feedgym.env.world.EpisodeConfig(5000, 1)), 5L, null);
        int users = 3000;
        VectorEnvironment population = world.vectorEnvironment(null);
        TimeSeriesRecorder r = TimeSeriesRecorder.byDay(world.catalog(), population.infos(), users);
        long[] seeds = new long[users];
        for (int u = 0; u < users; u++) {
            seeds[u] = 1000 + u;
        }
        int[] afterTheLastMidnight = new int[1];
        org.feedgym.agents.Rollout.run(population, new org.feedgym.agents.baseline.RandomAgent(
                new org.feedgym.agents.AgentContext(world.candidateCount(), world.observationDimension(),
                        world.userFeatureCount(), 9L)), seeds, outcomes -> {
                    for (int u = 0; u < users; u++) {
                        if (outcomes.shownItem(u) >= 0 && outcomes.shownAtSeconds(u) >= 86_400) {
                            afterTheLastMidnight[0]++;
                        }
                    }
                    r.onStep(outcomes);
                });
        TimeSeries series = new TimeSeries(2, world.catalog().topicCount());
        r.addTo(series);
        List<Integer> days = series.cells().stream().filter(c -> c.group() == 0).map(TimeSeries.Cell::bucket)
                .toList();
        assertEquals(List.of(0), days, "day 1 only");
        // Items shown on the clock's second day exist (sessions begun on day 1 ran past midnight), so
        // counting by the clock would have opened a second day: the test can fail.
        assertTrue(afterTheLastMidnight[0] > 0, "no item was shown after the last midnight");
    }
}
