package org.feedgym.simulator.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.feedgym.simulator.config.MetricsConfig;
import org.feedgym.simulator.run.EpisodeRecord;
import org.feedgym.simulator.run.Episodes;
import org.junit.jupiter.api.Test;

class SummaryBuilderTest {

    private final SummaryBuilder summary = new SummaryBuilder(MetricsConfig.defaults());

    private static EpisodeRecord episode(String agent, int user, double ret, int steps, int sessions, int harmful,
                                         String end) {
        return new EpisodeRecord(agent, 0, user, user, "teen", ret, steps, sessions, 60.0 * steps, steps / 2, 0, 0, 0,
                harmful, 30.0 * harmful, harmful > 0 ? 120 : Double.NaN, harmful > 0 ? 3 : 0, 1.0, 0.5, 0.4, 0.1,
                new double[] {Double.NaN, Double.NaN, Double.NaN}, Double.NaN, end);
    }

    @Test
    void pairedDifferencesMatchEpisodesByReplicateAndUser() {
        List<EpisodeRecord> agent = List.of(episode("a", 0, 5, 10, 1, 0, "bored"), episode("a", 1, 9, 10, 1, 0, "bored"),
                episode("a", 2, 4, 10, 1, 0, "bored"));
        // Baseline in another order: differences are 5−3 = 2, 9−4 = 5, 4−2 = 2.
        List<EpisodeRecord> base = List.of(episode("b", 2, 2, 10, 1, 0, "bored"), episode("b", 0, 3, 10, 1, 0, "bored"),
                episode("b", 1, 4, 10, 1, 0, "bored"));
        Estimate d = summary.pairedDifference(MetricRegistry.RETURN, Episodes.of(agent), Episodes.of(base));
        assertEquals(3.0, d.mean(), 1e-12);
        // sd of (2, 5, 2) = sqrt(3), se = 1, t(2) = 4.302653
        assertEquals(3.0 - 4.302652730, d.ci95Low(), 1e-8);
        assertEquals(3, d.n());
    }

    @Test
    void ratesAndSharesPerEpisode() {
        EpisodeRecord e = episode("a", 0, 1, 10, 3, 4, "churned");
        assertEquals(0.5, summary.values(MetricRegistry.LIKE_RATE, Episodes.of(List.of(e)))[0], 1e-12);
        assertEquals(0.4, summary.values(MetricRegistry.HARMFUL_SHARE_ITEMS, Episodes.of(List.of(e)))[0], 1e-12);
        // 4 harmful items × 30 s out of 10 × 60 s watched
        assertEquals(0.2, summary.values(MetricRegistry.HARMFUL_SHARE_MINUTES, Episodes.of(List.of(e)))[0], 1e-12);
        assertEquals(2.0, summary.values(MetricRegistry.MINUTES_TO_FIRST_HARMFUL, Episodes.of(List.of(e)))[0], 1e-12);
        assertEquals(1.0, summary.values(MetricRegistry.RETURNED, Episodes.of(List.of(e)))[0]);
        assertEquals(1.0, summary.values(MetricRegistry.CHURNED, Episodes.of(List.of(e)))[0]);
        assertEquals(0.0, summary.values(MetricRegistry.BORED_EXIT, Episodes.of(List.of(e)))[0]);
    }

    @Test
    void episodesThatNeverMetHarmAreLeftOutOfTimeToFirstHarm() {
        List<EpisodeRecord> es = List.of(episode("a", 0, 1, 10, 1, 0, "bored"), episode("a", 1, 1, 10, 1, 2, "bored"));
        Estimate t = summary.estimate(MetricRegistry.MINUTES_TO_FIRST_HARMFUL, Episodes.of(es));
        assertEquals(1, t.n());
        assertEquals(2.0, t.mean(), 1e-12);
        assertEquals(0.5, summary.estimate(MetricRegistry.REACHED_HARMFUL, Episodes.of(es)).mean(), 1e-12);
    }

    @Test
    void intervalsStayWithinWhatAMetricCanTake() {
        // Two users met harm (2 and 4 minutes in), 38 did not: with n = 2 the t interval of the
        // time to the first one and with 2 of 40 that of the share reaching it both cross 0.
        List<EpisodeRecord> es = new java.util.ArrayList<>();
        for (int u = 0; u < 40; u++) {
            es.add(episode("a", u, 1, 10, 1, u == 3 ? 1 : 0, "bored"));
        }
        es.set(9, new EpisodeRecord("a", 0, 9, 9, "teen", 1, 10, 1, 600, 5, 0, 0, 0, 1, 30, 240, 3, 1.0, 0.5, 0.4,
                0.1, new double[] {Double.NaN, Double.NaN, Double.NaN}, Double.NaN, "bored"));
        Episodes episodes = Episodes.of(es);
        double[] minutes = summary.values(MetricRegistry.MINUTES_TO_FIRST_HARMFUL, episodes);
        double[] reached = summary.values(MetricRegistry.REACHED_HARMFUL, episodes);
        assertTrue(Estimate.of(minutes).ci95Low() < 0 && Estimate.of(reached).ci95Low() < 0, "the control");

        Estimate time = summary.estimate(MetricRegistry.MINUTES_TO_FIRST_HARMFUL, episodes);
        assertEquals(3.0, time.mean(), 1e-12);
        assertEquals(0.0, time.ci95Low());
        assertEquals(Estimate.of(minutes).ci95High(), time.ci95High());
        Estimate share = summary.estimate(MetricRegistry.REACHED_HARMFUL, episodes);
        assertEquals(0.05, share.mean(), 1e-12);
        assertEquals(Estimate.proportion(reached), share);
        assertTrue(share.ci95Low() > 0, share.toString());
    }

    @Test
    void aPairedDifferenceOfSharesStaysWithinMinusOneToOne() {
        // Three of three users reached harm under the agent, none under the baseline: every
        // difference is 1, so the t interval has width 0 at 1; with one pair 0 it would exceed 1.
        List<EpisodeRecord> agent = List.of(episode("a", 0, 1, 10, 1, 2, "bored"), episode("a", 1, 1, 10, 1, 2, "bored"),
                episode("a", 2, 1, 10, 1, 0, "bored"));
        List<EpisodeRecord> base = List.of(episode("b", 0, 1, 10, 1, 0, "bored"), episode("b", 1, 1, 10, 1, 0, "bored"),
                episode("b", 2, 1, 10, 1, 0, "bored"));
        Estimate d = summary.pairedDifference(MetricRegistry.REACHED_HARMFUL, Episodes.of(agent), Episodes.of(base));
        assertTrue(Estimate.of(new double[] {1, 1, 0}).ci95High() > 1, "the control");
        assertEquals(2.0 / 3, d.mean(), 1e-12);
        assertEquals(1.0, d.ci95High());
        assertTrue(d.ci95Low() < 0, d.toString());
    }

    @Test
    void checkpointMetricsAreNamedByTheirMinutes() {
        assertTrue(summary.metrics().stream().map(Metric::key).toList().containsAll(List.of("harmfulShareWithin30Min",
                "harmfulShareWithin60Min", "harmfulShareWithin120Min")));
    }
}
