package org.feedgym.simulator.metrics;

import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.feedgym.simulator.config.MetricsConfig;
import org.feedgym.simulator.run.EpisodeRecord;
import org.feedgym.simulator.run.ReplicateRecord;

/**
 * One metric of {@code summary.json}: what it is called, what unit it has, how to print it, which
 * way is better, where it is reported and shown, and how it is computed. Every metric lives in
 * {@link MetricRegistry}; the summary, the terminal tables, {@code compare} and the HTML report
 * all read it from there.
 *
 * <p>A metric is computed either once per episode ({@link #perEpisode}, then averaged over
 * episodes) or once per replicate ({@link #perReplicate}, then averaged over replicates).
 *
 * @param key          the metric's key in {@code summary.json}: camelCase, unique
 * @param label        short title for tables and the report ({@code "Watch time"})
 * @param unit         unit or population, shown under the title ({@code "min / episode"})
 * @param format       {@link String#format} pattern of the terminal tables ({@code "%.1f"})
 * @param better       which direction is an improvement
 * @param range        the values it can take, which its intervals respect
 * @param uses         the summary parts and tables the metric appears in
 * @param perEpisode   the value of one episode (NaN where undefined: left out of the mean), or
 *                     null for a per-replicate metric
 * @param perReplicate the value of one replicate, or null for a per-episode metric
 */
public record Metric(String key, String label, String unit, String format, Better better, ValueRange range,
                     Set<Use> uses, EpisodeValue perEpisode, ToDoubleFunction<ReplicateRecord> perReplicate) {

    /** Which direction of a metric is an improvement. */
    public enum Better {
        /** More is better (return, like rate, time to the first harmful item). */
        HIGHER,
        /** Less is better (harmful share, churn, exposure Gini). */
        LOWER,
        /** Neither is better in itself (watch time: engagement is not the user's good). */
        NEITHER
    }

    /** Where a metric is reported besides {@code summary.json}'s per-agent {@code metrics}. */
    public enum Use {
        /** In {@code byPersona}: the metric per persona. Per-episode metrics only. */
        BY_PERSONA,
        /** In {@code vulnerableToControl}: the ratio of the vulnerable to the control persona's mean. */
        VULNERABLE_RATIO,
        /** In {@code pairedDifference}: agent − baseline over the same users and seeds. */
        PAIRED_DIFFERENCE,
        /**
         * In {@code iqm} (every agent) and {@code probabilityOfImprovement} (agents that learn): the
         * {@code rliable} aggregates across training runs, which need a bootstrap and so are kept to
         * the headline metrics. Per-episode metrics only.
         */
        ACROSS_RUNS,
        /** A column of the table {@code feedgym run} prints. */
        RUN_TABLE,
        /** A column of the table a sweep prints. */
        SWEEP_TABLE,
        /** A column of {@code feedgym compare} (printed and in the CSV). */
        COMPARE,
        /** A column of the report's engagement table. */
        REPORT_ENGAGEMENT,
        /** A column of the report's harm, filter-bubble and exposure table. */
        REPORT_HARM_AND_BUBBLE,
        /** A column of the sweep report's trial table. */
        REPORT_SWEEP
    }

    /** A metric's value for one episode under a metrics config (checkpoints, similar-run minimum). */
    @FunctionalInterface
    public interface EpisodeValue {
        /** The value, NaN where it is undefined for this episode. */
        double of(EpisodeRecord episode, MetricsConfig config);
    }

    public Metric {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("key must not be blank, got '" + key + "'");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label must not be blank, got '" + label + "' for " + key);
        }
        unit = unit == null ? "" : unit;
        if (format == null) {
            throw new IllegalArgumentException("format must be given for " + key);
        }
        String.format(Locale.ROOT, format, 0.0); // an invalid pattern fails here, not in a table
        if (better == null) {
            throw new IllegalArgumentException("better must be given for " + key);
        }
        if (range == null) {
            throw new IllegalArgumentException("range must be given for " + key);
        }
        if (range.binary() && perReplicate != null) {
            throw new IllegalArgumentException("a binary range is per episode (0 or 1 each), got a per-replicate "
                    + key);
        }
        uses = Set.copyOf(uses);
        if ((perEpisode == null) == (perReplicate == null)) {
            throw new IllegalArgumentException("exactly one of perEpisode and perReplicate must be given for " + key);
        }
        if (perReplicate != null && uses.stream().anyMatch(u -> u.compareTo(Use.ACROSS_RUNS) <= 0)) {
            throw new IllegalArgumentException("a per-replicate metric has no persona split, ratio or paired"
                    + " difference, got " + uses + " for " + key);
        }
    }

    /** A metric computed per episode. */
    public static Metric perEpisode(String key, String label, String unit, String format, Better better,
                                    ValueRange range, EpisodeValue value, Use... uses) {
        return new Metric(key, label, unit, format, better, range, Set.of(uses), value, null);
    }

    /** A metric computed per replicate (a population figure). */
    public static Metric perReplicate(String key, String label, String unit, String format, Better better,
                                      ValueRange range, ToDoubleFunction<ReplicateRecord> value, Use... uses) {
        return new Metric(key, label, unit, format, better, range, Set.of(uses), null, value);
    }

    /** True when the metric appears in {@code use}. */
    public boolean in(Use use) {
        return uses.contains(use);
    }

    /** True for a metric computed once per episode. */
    public boolean isPerEpisode() {
        return perEpisode != null;
    }

    /** The value formatted for a terminal table with {@link #format}. */
    public String format(double value) {
        return String.format(Locale.ROOT, format, value);
    }

    /** The key in snake_case, as CSV columns name it ({@code watchMinutes → watch_minutes}). */
    public String csvName() {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
