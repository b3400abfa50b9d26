package org.feedgym.simulator.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.feedgym.simulator.config.MetricsConfig;
import org.junit.jupiter.api.Test;

class MetricRegistryTest {

    @Test
    void everyKeyIsUniqueAndFoundAgain() {
        Set<String> keys = new HashSet<>();
        for (Metric m : MetricRegistry.forConfig(MetricsConfig.defaults())) {
            assertTrue(keys.add(m.key()), "duplicate key " + m.key());
            assertEquals(m.key(), MetricRegistry.find(m.key()).orElseThrow().key());
        }
    }

    @Test
    void checkpointMetricsFollowTheTimeToFirstHarmInConfigOrder() {
        List<String> keys = MetricRegistry.forConfig(MetricsConfig.defaults()).stream().map(Metric::key).toList();
        int after = keys.indexOf("itemsToFirstHarmful");
        assertEquals(List.of("harmfulShareWithin30Min", "harmfulShareWithin60Min", "harmfulShareWithin120Min"),
                keys.subList(after + 1, after + 4));
    }

    @Test
    void aFractionalCheckpointKeepsItsDigitsInKeyAndLabel() {
        Metric m = MetricRegistry.find("harmfulShareWithin2_5Min").orElseThrow();
        assertEquals("harmfulShareWithin2_5Min", m.key());
        assertEquals("Harmful share, first 2.5 min", m.label());
    }

    @Test
    void anUnknownKeyIsNotFound() {
        assertFalse(MetricRegistry.find("noSuchMetric").isPresent());
    }

    @Test
    void everyTableHasColumnsInRegistryOrder() {
        for (Metric.Use use : Metric.Use.values()) {
            List<Metric> in = MetricRegistry.in(use);
            assertFalse(in.isEmpty(), use + " has no metric");
            List<Metric> order = MetricRegistry.FIXED.stream().filter(in::contains).toList();
            assertEquals(order, in, use.toString());
        }
    }

    @Test
    void csvNamesAreTheKeysInSnakeCase() {
        assertEquals("watch_minutes", MetricRegistry.WATCH_MINUTES.csvName());
        assertEquals("minutes_to_first_harmful", MetricRegistry.MINUTES_TO_FIRST_HARMFUL.csvName());
    }

    @Test
    void aMetricNeedsExactlyOneComputation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Metric("x", "X", "",
                "%.1f", Metric.Better.HIGHER, ValueRange.ANY, Set.of(), null, null));
        assertTrue(e.getMessage().contains("exactly one of perEpisode and perReplicate"), e.getMessage());
    }

    @Test
    void aPerReplicateMetricHasNoPersonaSplit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Metric.perReplicate("x", "X",
                "", "%.1f", Metric.Better.LOWER, ValueRange.UNIT, r -> 0, Metric.Use.BY_PERSONA));
        assertTrue(e.getMessage().contains("per-replicate metric has no persona split"), e.getMessage());
    }

    @Test
    void anInvalidFormatFailsWhenTheMetricIsMade() {
        assertThrows(java.util.IllegalFormatException.class, () -> Metric.perEpisode("x", "X", "", "%d",
                Metric.Better.NEITHER, ValueRange.ANY, (e, c) -> 0));
    }
}
