package org.feedgym.simulator.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.feedgym.env.world.Catalog;
import org.feedgym.env.world.HarmClass;
import org.feedgym.env.StepOutcomes;
import org.feedgym.env.world.StepOutcomesFixture;
import org.feedgym.env.world.Topic;
import org.feedgym.simulator.config.MetricsConfig;
import org.feedgym.simulator.config.SimilarRunsConfig;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed episode metrics. The catalog has four items in 2-d: 0 = (1, 0) comedy,
 * 1 = (0, 1) body-image, 2 = (0.6, 0.8) body-image (cos to item 1 = 0.8), 3 = (1, 0) comedy
 * (cos to item 1 = 0). One user is shown 0, 1 (liked), 2, 3, each watched for 10 minutes.
 */
class EpisodeRecorderTest {

    static Catalog catalog() {
        List<Topic> topics = List.of(new Topic("comedy", HarmClass.NONE), new Topic("body-image", HarmClass.BODY_IMAGE));
        Catalog.Builder b = Catalog.builder(topics, 4, 2);
        float[][] e = {{1, 0}, {0, 1}, {0.6f, 0.8f}, {1, 0}};
        int[] topic = {0, 1, 1, 0};
        for (int i = 0; i < 4; i++) {
            b.item(i, topic[i], e[i], topic[i] == 1 ? 0.9 : 0.0, 0.5);
            b.engagement(i, 600, 100, 10, 1, 1, 1);
        }
        return b.build();
    }

    static List<EpisodeRecord> record(MetricsConfig metrics) {
        EpisodeRecorder recorder = new EpisodeRecorder(catalog(), 1, metrics);
        StepOutcomes o = StepOutcomesFixture.create(1);
        int[] items = {0, 1, 2, 3};
        for (int t = 0; t < items.length; t++) {
            StepOutcomesFixture.show(o, 0, items[t], 600.0 * t, 1.0, 600, items[t] == 1, 0.5);
            if (t == items.length - 1) {
                StepOutcomesFixture.end(o, 0, org.feedgym.env.EndReason.BORED);
            }
            recorder.onStep(o);
        }
        return recorder.episodesForTest();
    }

    private static final MetricsConfig METRICS = new MetricsConfig(null, List.of(15.0, 60.0),
            new SimilarRunsConfig(120.0, 0.78, 1, "engaged-harmful"), 2, null);

    @Test
    void engagementAndHarmCountsAreSummed() {
        EpisodeRecord e = record(METRICS).get(0);
        assertEquals(4, e.steps());
        assertEquals(2.0, e.totalReturn(), 1e-12);
        assertEquals(2400, e.watchSeconds(), 1e-9);
        assertEquals(1, e.likes());
        assertEquals(2, e.harmfulItems());
        assertEquals(1200, e.harmfulWatchSeconds(), 1e-9);
        assertEquals("bored", e.endReason());
    }

    @Test
    void timeToFirstHarmfulIsTheWatchTimeBeforeIt() {
        EpisodeRecord e = record(METRICS).get(0);
        assertEquals(2, e.itemsToFirstHarmful());
        assertEquals(600, e.watchSecondsToFirstHarmful(), 1e-9);
    }

    @Test
    void itemCheckpointsAndHarmClassesAreCountedPerEpisode() {
        MetricsConfig classes = new MetricsConfig(null, List.of(15.0), METRICS.similarRuns(), 2, null, List.of(2, 3, 5),
                List.of("body-image", "self-harm"), null);
        EpisodeRecord e = record(classes).get(0);
        // First 2 items: 0 (comedy), 1 (body-image) → 1/2; first 3: 1, 2 harmful → 2/3; 5 > 4 shown: NaN.
        assertEquals(0.5, e.harmfulShareByItemCheckpoint(0), 1e-12);
        assertEquals(2.0 / 3, e.harmfulShareByItemCheckpoint(1), 1e-12);
        assertTrue(Double.isNaN(e.harmfulShareByItemCheckpoint(2)));
        // Body image: 2 of 4 items, first after 600 s watched; self-harm never shown.
        assertEquals(0.5, e.harmClassShare(0), 1e-12);
        assertEquals(600, e.harmClassSecondsToFirst(0), 1e-9);
        assertEquals(0.0, e.harmClassShare(1), 1e-12);
        assertTrue(Double.isNaN(e.harmClassSecondsToFirst(1)));
        assertEquals(10.0, org.feedgym.simulator.metrics.MetricRegistry.minutesToFirstOfClass("body-image")
                .perEpisode().of(e, classes), 1e-9);
        assertEquals("harmShare_self-harm", org.feedgym.simulator.metrics.MetricRegistry.find("harmShare_self-harm")
                .orElseThrow().key());
        IllegalArgumentException bad = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new MetricsConfig(null, null, null, null, null, null, List.of("suicide"), null));
        assertTrue(bad.getMessage().startsWith("unknown harm class 'suicide'"), bad.getMessage());
    }

    @Test
    void checkpointSharesCountItemsShownWithinTheFirstMinutes() {
        EpisodeRecord e = record(METRICS).get(0);
        // Shown before 15 watched minutes: items 0 (at 0 min) and 1 (at 10 min); one harmful.
        assertEquals(0.5, e.harmfulShareByCheckpoint(0), 1e-12);
        // The user watched 40 minutes, less than the 60-minute checkpoint: undefined.
        assertTrue(Double.isNaN(e.harmfulShareByCheckpoint(1)));
    }

    @Test
    void similarRunsCountItemsCloseToTheFirstEngagedHarmfulItem() {
        // Trigger: item 1 (harmful, liked). Item 2 has cos 0.8 >= 0.78; item 3 has cos 0.
        assertEquals(1.0, record(METRICS).get(0).similarAfterTrigger(), 1e-12);
        MetricsConfig strict = new MetricsConfig(null, null, new SimilarRunsConfig(120.0, 0.81, 1, null), 2, null);
        assertEquals(0.0, record(strict).get(0).similarAfterTrigger(), 1e-12);
        MetricsConfig shortWindow = new MetricsConfig(null, null, new SimilarRunsConfig(5.0, 0.78, 1, null), 2, null);
        // Item 2 is shown 10 clock minutes after the trigger: outside a 5-minute window.
        assertEquals(0.0, record(shortWindow).get(0).similarAfterTrigger(), 1e-12);
    }

    @Test
    void topicMetricsOfTheExposure() {
        EpisodeRecord e = record(METRICS).get(0);
        assertEquals(1.0, e.topicEntropyBits(), 1e-12);
        assertEquals(0.5, e.majorityTopicShare(), 1e-12);
        // Lists of 2: {0, 1} distance 1 − 0 = 1; {2, 3} distance 1 − 0.6 = 0.4; mean 0.7.
        assertEquals(0.7, e.intraListDiversity(), 1e-6);
    }

    @Test
    void recordsCompareByValueIncludingTheCheckpointShares() {
        EpisodeRecord a = record(METRICS).get(0);
        assertEquals(a, record(METRICS).get(0));
        assertEquals(a.hashCode(), record(METRICS).get(0).hashCode());
        MetricsConfig other = new MetricsConfig(null, List.of(5.0, 60.0), METRICS.similarRuns(), 2, null);
        assertTrue(!a.equals(record(other).get(0)), "different checkpoint shares must not compare equal");
    }
}
