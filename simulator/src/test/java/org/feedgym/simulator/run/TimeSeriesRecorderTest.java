package org.feedgym.simulator.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void itemsFallInTheBucketOfTheWatchTimeBeforeThem() {
        World world = WorldFactory.create(new WorldConfig(new CatalogConfig("synthetic", 100, 4, 1, 4, 0.5, null),
                new UsersConfig(Map.of("adult", 1.0), null), new CandidatesConfig(4, null, null, null, 10), null, null),
                3L, null);
        VectorEnvironment population = world.vectorEnvironment(null);
        population.reset(new long[] {1L});
        int harmful = -1;
        int benign = -1;
        for (int i = 0; i < world.catalog().size(); i++) {
            if (world.catalog().harmful(i) && harmful < 0) {
                harmful = i;
            } else if (!world.catalog().harmful(i) && benign < 0) {
                benign = i;
            }
        }
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
    void byDayItemsFallOnTheSimulatedDayOfTheirShowingGapsIncluded() {
        World world = WorldFactory.create(new WorldConfig(new CatalogConfig("synthetic", 100, 4, 1, 4, 0.5, null),
                new UsersConfig(Map.of("adult", 1.0), null), new CandidatesConfig(4, null, null, null, 10), null, null),
                3L, null);
        VectorEnvironment population = world.vectorEnvironment(null);
        population.reset(new long[] {1L});
        TimeSeriesRecorder r = TimeSeriesRecorder.byDay(world.catalog(), population.infos(), 1);
        StepOutcomes o = StepOutcomesFixture.create(1);
        // Shown at 10 s and 23 h 59 min (day 0), then after a gap at 26 h and 50 h (days 1 and 2).
        double[] shownAt = {10, 86_340, 93_600, 180_000};
        for (int t = 0; t < shownAt.length; t++) {
            StepOutcomesFixture.show(o, 0, t, shownAt[t], 1, 60, false, 1);
            r.onStep(o);
        }
        TimeSeries series = new TimeSeries(2, world.catalog().topicCount());
        r.addTo(series);
        List<TimeSeries.Cell> all = series.cells().stream().filter(c -> c.group() == 0).toList();
        assertEquals(List.of(0, 1, 2), all.stream().map(TimeSeries.Cell::bucket).toList());
        assertEquals(List.of(2L, 1L, 1L), all.stream().map(TimeSeries.Cell::items).toList());
        assertEquals(List.of(1L, 1L, 1L), all.stream().map(TimeSeries.Cell::users).toList());
    }
}
