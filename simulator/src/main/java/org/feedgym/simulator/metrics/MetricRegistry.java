package org.feedgym.simulator.metrics;

import static org.feedgym.simulator.metrics.Metric.Better.HIGHER;
import static org.feedgym.simulator.metrics.Metric.Better.LOWER;
import static org.feedgym.simulator.metrics.Metric.Better.NEITHER;
import static org.feedgym.simulator.metrics.Metric.Use.ACROSS_RUNS;
import static org.feedgym.simulator.metrics.Metric.Use.BY_PERSONA;
import static org.feedgym.simulator.metrics.Metric.Use.COMPARE;
import static org.feedgym.simulator.metrics.Metric.Use.PAIRED_DIFFERENCE;
import static org.feedgym.simulator.metrics.Metric.Use.REPORT_ENGAGEMENT;
import static org.feedgym.simulator.metrics.Metric.Use.REPORT_HARM_AND_BUBBLE;
import static org.feedgym.simulator.metrics.Metric.Use.REPORT_SWEEP;
import static org.feedgym.simulator.metrics.Metric.Use.RUN_TABLE;
import static org.feedgym.simulator.metrics.Metric.Use.SWEEP_TABLE;
import static org.feedgym.simulator.metrics.Metric.Use.VULNERABLE_RATIO;
import static org.feedgym.simulator.metrics.ValueRange.ANY;
import static org.feedgym.simulator.metrics.ValueRange.NON_NEGATIVE;
import static org.feedgym.simulator.metrics.ValueRange.PROPORTION;
import static org.feedgym.simulator.metrics.ValueRange.UNIT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.feedgym.simulator.config.MetricsConfig;
import org.feedgym.simulator.run.EpisodeRecord;
import org.feedgym.simulator.run.ReplicateRecord;

/**
 * Every metric of {@code summary.json}, in output order: the one list the summary builder, the
 * terminal tables, {@code compare} and the report read.
 *
 * <p>Adding a metric is one entry in {@link #FIXED} (key, label, unit, format, better direction,
 * computation, and the tables it appears in); a value the computation needs that an episode does
 * not yet record goes into {@link EpisodeRecord} first. The harmful share within each watch-time
 * checkpoint is a family: one metric per configured checkpoint ({@link #harmfulShareWithin}),
 * placed after {@code itemsToFirstHarmful}.
 */
public final class MetricRegistry {

    /** Engagement: reward, time and interactions per episode. */
    public static final Metric RETURN = Metric.perEpisode("return", "Return", "reward / episode", "%.2f", HIGHER,
            ANY, (e, c) -> e.totalReturn(), BY_PERSONA, PAIRED_DIFFERENCE, ACROSS_RUNS, RUN_TABLE, SWEEP_TABLE,
            COMPARE, REPORT_ENGAGEMENT, REPORT_SWEEP);
    // Watch time is what an engagement-optimising feed maximises; more of it is not the user's good.
    public static final Metric WATCH_MINUTES = Metric.perEpisode("watchMinutes", "Watch time", "min / episode",
            "%.1f", NEITHER, NON_NEGATIVE, (e, c) -> e.watchSeconds() / 60, BY_PERSONA, PAIRED_DIFFERENCE, RUN_TABLE,
            SWEEP_TABLE, COMPARE, REPORT_ENGAGEMENT, REPORT_SWEEP);
    public static final Metric SESSION_STEPS = Metric.perEpisode("sessionSteps", "Items shown", "items / episode",
            "%.1f", NEITHER, NON_NEGATIVE, (e, c) -> e.steps(), PAIRED_DIFFERENCE, RUN_TABLE, REPORT_ENGAGEMENT);
    public static final Metric SESSIONS = Metric.perEpisode("sessions", "Sessions", "sessions / episode", "%.2f",
            NEITHER, NON_NEGATIVE, (e, c) -> e.sessions());
    public static final Metric RETURNED = Metric.perEpisode("returned", "Came back", "share of users", "%.2f",
            NEITHER, PROPORTION, (e, c) -> e.sessions() > 1 ? 1 : 0);
    public static final Metric LIKE_RATE = Metric.perEpisode("likeRate", "Like rate", "likes / item", "%.3f", HIGHER,
            UNIT, (e, c) -> rate(e.likes(), e.steps()), PAIRED_DIFFERENCE, RUN_TABLE, COMPARE, REPORT_ENGAGEMENT);
    public static final Metric SHARE_RATE = Metric.perEpisode("shareRate", "Share rate", "shares / item", "%.3f",
            HIGHER, UNIT, (e, c) -> rate(e.shares(), e.steps()), REPORT_ENGAGEMENT);
    public static final Metric COMMENT_RATE = Metric.perEpisode("commentRate", "Comment rate", "comments / item",
            "%.3f", HIGHER, UNIT, (e, c) -> rate(e.comments(), e.steps()));
    public static final Metric BORED_EXIT = Metric.perEpisode("boredExit", "Left bored", "share of users", "%.2f",
            LOWER, PROPORTION, (e, c) -> "bored".equals(e.endReason()) ? 1 : 0, REPORT_ENGAGEMENT);
    public static final Metric CHURNED = Metric.perEpisode("churned", "Left for good", "share of users", "%.2f",
            LOWER, PROPORTION, (e, c) -> "churned".equals(e.endReason()) ? 1 : 0);

    /** Harm: reported per persona and as vulnerable ÷ control ratios too. */
    public static final Metric HARMFUL_SHARE_ITEMS = Metric.perEpisode("harmfulShareItems", "Harmful share",
            "of items shown", "%.3f", LOWER, UNIT, (e, c) -> rate(e.harmfulItems(), e.steps()), BY_PERSONA,
            VULNERABLE_RATIO, PAIRED_DIFFERENCE, ACROSS_RUNS, RUN_TABLE, SWEEP_TABLE, COMPARE,
            REPORT_HARM_AND_BUBBLE, REPORT_SWEEP);
    public static final Metric HARMFUL_SHARE_MINUTES = Metric.perEpisode("harmfulShareMinutes", "Harmful share",
            "of watch time", "%.3f", LOWER, UNIT,
            (e, c) -> e.watchSeconds() > 0 ? e.harmfulWatchSeconds() / e.watchSeconds() : Double.NaN, BY_PERSONA,
            VULNERABLE_RATIO, PAIRED_DIFFERENCE);
    public static final Metric REACHED_HARMFUL = Metric.perEpisode("reachedHarmful", "Reached harm",
            "share of users", "%.2f", LOWER, PROPORTION, (e, c) -> e.reachedHarmful() ? 1 : 0, BY_PERSONA,
            VULNERABLE_RATIO, PAIRED_DIFFERENCE, RUN_TABLE, COMPARE, REPORT_HARM_AND_BUBBLE, REPORT_SWEEP);
    public static final Metric MINUTES_TO_FIRST_HARMFUL = Metric.perEpisode("minutesToFirstHarmful",
            "Time to 1st harm", "min, users who met one", "%.1f", HIGHER,
            NON_NEGATIVE, (e, c) -> e.watchSecondsToFirstHarmful() / 60, BY_PERSONA, VULNERABLE_RATIO, RUN_TABLE,
            COMPARE, REPORT_HARM_AND_BUBBLE, REPORT_SWEEP);
    public static final Metric ITEMS_TO_FIRST_HARMFUL = Metric.perEpisode("itemsToFirstHarmful",
            "Items to 1st harm", "items, users who met one", "%.1f", HIGHER, NON_NEGATIVE,
            (e, c) -> e.reachedHarmful() ? e.itemsToFirstHarmful() : Double.NaN, BY_PERSONA, VULNERABLE_RATIO);

    /** Filter bubble: how narrow the feed is and how far it moves the user. */
    public static final Metric TOPIC_ENTROPY_BITS = Metric.perEpisode("topicEntropyBits", "Topic entropy", "bits",
            "%.2f", HIGHER, NON_NEGATIVE, (e, c) -> e.topicEntropyBits(), PAIRED_DIFFERENCE, RUN_TABLE, COMPARE,
            REPORT_HARM_AND_BUBBLE, REPORT_SWEEP);
    public static final Metric MAJORITY_TOPIC_SHARE = Metric.perEpisode("majorityTopicShare", "Majority topic",
            "share of items", "%.3f", LOWER, UNIT, (e, c) -> e.majorityTopicShare());
    public static final Metric INTRA_LIST_DIVERSITY = Metric.perEpisode("intraListDiversity", "Diversity",
            "intra-list", "%.3f", HIGHER, ValueRange.of(0, 2), (e, c) -> e.intraListDiversity(),
            REPORT_HARM_AND_BUBBLE);
    public static final Metric INTEREST_DRIFT = Metric.perEpisode("interestDrift", "Interest drift",
            "distance from start", "%.3f", NEITHER, NON_NEGATIVE, (e, c) -> e.interestDrift(), PAIRED_DIFFERENCE);
    public static final Metric SIMILAR_AFTER_TRIGGER = Metric.perEpisode("similarAfterTrigger",
            "Similar after trigger", "items, users with a trigger", "%.2f", LOWER, NON_NEGATIVE,
            (e, c) -> e.similarAfterTrigger());
    public static final Metric SIMILAR_RUN_REACHED = Metric.perEpisode("similarRunReached", "Similar run",
            "share of users with a trigger", "%.2f", LOWER, PROPORTION,
            (e, c) -> Double.isNaN(e.similarAfterTrigger()) ? Double.NaN
                    : e.similarAfterTrigger() >= c.similarRuns().minCount() ? 1 : 0);

    /** User controls: how soon a topic marked "not interested" comes back (see {@link EpisodeRecord}). */
    public static final Metric UNWANTED_RETURN_ITEMS = Metric.perEpisode("unwantedReturnItems",
            "Unwanted topic back", "items after last mark, users whose marked topic returned", "%.1f", HIGHER,
            NON_NEGATIVE, (e, c) -> e.unwantedReturnItems(), PAIRED_DIFFERENCE);
    public static final Metric UNWANTED_RETURN_MINUTES = Metric.perEpisode("unwantedReturnMinutes",
            "Unwanted topic back", "min after last mark, users whose marked topic returned", "%.1f", HIGHER,
            NON_NEGATIVE, (e, c) -> e.unwantedReturnMinutes());
    public static final Metric UNWANTED_RETURNED_SHARE = Metric.perEpisode("unwantedReturnedShare",
            "Unwanted topic returned", "share of marked topics, users who marked one", "%.2f", LOWER, UNIT,
            (e, c) -> e.unwantedReturnedShare());

    /**
     * Bubble Escape Potential (arXiv 2512.03067), only with {@code metrics.bep}: twin versus
     * original over the window, per user.
     */
    public static final Metric BEP_DISTANCE = Metric.perEpisode("bepDistance", "Bubble escape",
            "TV distance, twin vs original", "%.3f", HIGHER, UNIT, (e, c) -> e.bepDistance(), PAIRED_DIFFERENCE);
    public static final Metric BEP_ENTROPY_GAIN = Metric.perEpisode("bepEntropyGain", "Escape entropy gain",
            "bits, twin − original", "%.3f", HIGHER, ANY, (e, c) -> e.bepEntropyGain(), PAIRED_DIFFERENCE);
    public static final Metric BEP_SHARE_DROP = Metric.perEpisode("bepShareDrop", "Escape from topic",
            "avoided topic's share, original − twin", "%.3f", HIGHER, ValueRange.of(-1, 1), (e, c) -> e.bepShareDrop(),
            PAIRED_DIFFERENCE);

    /** The metrics a summary has only when {@code metrics.bep} is configured. */
    public static final List<Metric> BEP = List.of(BEP_DISTANCE, BEP_ENTROPY_GAIN, BEP_SHARE_DROP);

    /** Population figures, one value per replicate. */
    public static final Metric COVERAGE = Metric.perReplicate("coverage", "Coverage", "share of catalogue shown",
            "%.3f", HIGHER, UNIT, ReplicateRecord::coverage, REPORT_HARM_AND_BUBBLE);
    public static final Metric EXPOSURE_GINI = Metric.perReplicate("exposureGini", "Exposure Gini",
            "0 = even, 1 = one item", "%.3f", LOWER, UNIT, ReplicateRecord::exposureGini, REPORT_HARM_AND_BUBBLE);
    public static final Metric HOMOGENIZATION_JACCARD = Metric.perReplicate("homogenizationJaccard",
            "Homogenization", "Jaccard of pairs of users", "%.3f", LOWER, UNIT, ReplicateRecord::homogenizationJaccard,
            COMPARE);

    /** The metrics every summary has, in output order, without the checkpoint family. */
    public static final List<Metric> FIXED = List.of(RETURN, WATCH_MINUTES, SESSION_STEPS, SESSIONS, RETURNED,
            LIKE_RATE, SHARE_RATE, COMMENT_RATE, BORED_EXIT, CHURNED, HARMFUL_SHARE_ITEMS, HARMFUL_SHARE_MINUTES,
            REACHED_HARMFUL, MINUTES_TO_FIRST_HARMFUL, ITEMS_TO_FIRST_HARMFUL, TOPIC_ENTROPY_BITS,
            MAJORITY_TOPIC_SHARE, INTRA_LIST_DIVERSITY, INTEREST_DRIFT, SIMILAR_AFTER_TRIGGER, SIMILAR_RUN_REACHED,
            UNWANTED_RETURN_ITEMS, UNWANTED_RETURN_MINUTES, UNWANTED_RETURNED_SHARE, COVERAGE, EXPOSURE_GINI, HOMOGENIZATION_JACCARD);

    private static final Pattern WITHIN = Pattern.compile("harmfulShareWithin([0-9]+(?:_[0-9]+)?)Min");
    private static final Pattern FIRST_ITEMS = Pattern.compile("harmfulShareFirst([0-9]+)Items");
    private static final Pattern CLASS_SHARE = Pattern.compile("harmShare_([a-z-]+)");
    private static final Pattern CLASS_FIRST = Pattern.compile("minutesToFirst_([a-z-]+)");

    private MetricRegistry() {
    }

    /**
     * The metrics of a summary under {@code config}, in output order: the fixed ones with one
     * {@link #harmfulShareWithin} per checkpoint after {@code itemsToFirstHarmful}.
     */
    public static List<Metric> forConfig(MetricsConfig config) {
        List<Metric> all = new ArrayList<>();
        for (Metric m : FIXED) {
            all.add(m);
            if (m == ITEMS_TO_FIRST_HARMFUL) {
                for (double minutes : config.checkpointsMinutes()) {
                    all.add(harmfulShareWithin(minutes));
                }
                for (int items : config.itemCheckpoints()) {
                    all.add(harmfulShareFirstItems(items));
                }
                for (String harmClass : config.harmClassIds()) {
                    all.add(harmClassShare(harmClass));
                    all.add(minutesToFirstOfClass(harmClass));
                }
            }
        }
        if (config.bep() != null) {
            all.addAll(BEP);
        }
        return List.copyOf(all);
    }

    /** The fixed metrics that appear in {@code use}, in output order. */
    public static List<Metric> in(Metric.Use use) {
        return FIXED.stream().filter(m -> m.in(use)).toList();
    }

    /**
     * The harmful share of items within the first {@code minutes} of watching, over the users who
     * watched that long; key {@code harmfulShareWithin<N>Min} ({@code 2.5 → 2_5}).
     */
    public static Metric harmfulShareWithin(double minutes) {
        String n = minutes == Math.rint(minutes) ? Long.toString((long) minutes)
                : Double.toString(minutes).replace('.', '_');
        return Metric.perEpisode("harmfulShareWithin" + n + "Min", "Harmful share, first " + n.replace('_', '.')
                        + " min", "users who watched that long", "%.3f", LOWER, UNIT,
                (e, c) -> e.harmfulShareByCheckpoint(c.checkpointsMinutes().indexOf(minutes)), BY_PERSONA,
                VULNERABLE_RATIO);
    }

    /**
     * The harmful share of the first {@code items} items shown, over the users shown that many
     * (DCU 2024: "after 400 videos"); key {@code harmfulShareFirst<N>Items}.
     */
    public static Metric harmfulShareFirstItems(int items) {
        return Metric.perEpisode("harmfulShareFirst" + items + "Items", "Harmful share, first " + items + " items",
                "users shown that many", "%.3f", LOWER, UNIT,
                (e, c) -> at(e.harmfulShareByItemCheckpoint(), c.itemCheckpoints().indexOf(items)), BY_PERSONA,
                VULNERABLE_RATIO);
    }

    /**
     * The share of the items shown that belong to harm class {@code id} (a
     * {@link org.feedgym.env.world.HarmClass} id named in {@code metrics.harmClasses}); key
     * {@code harmShare_<id>}.
     */
    public static Metric harmClassShare(String id) {
        return Metric.perEpisode("harmShare_" + id, "Share of " + id, "of items shown", "%.3f", LOWER, UNIT,
                (e, c) -> at(e.harmClassShare(), c.harmClassIds().indexOf(id)), BY_PERSONA, VULNERABLE_RATIO);
    }

    /**
     * Minutes watched before the first item of harm class {@code id}, over the users shown one;
     * key {@code minutesToFirst_<id>}.
     */
    public static Metric minutesToFirstOfClass(String id) {
        return Metric.perEpisode("minutesToFirst_" + id, "Time to 1st " + id, "min, users who met one", "%.1f", HIGHER,
                NON_NEGATIVE, (e, c) -> at(e.harmClassSecondsToFirst(), c.harmClassIds().indexOf(id)) / 60,
                BY_PERSONA,
                VULNERABLE_RATIO);
    }

    /** {@code values[i]}, NaN when the index is missing (a record written without that setting). */
    private static double at(double[] values, int i) {
        return i >= 0 && i < values.length ? values[i] : Double.NaN;
    }

    /**
     * The metric a summary key names, checkpoint family included; empty for a key this version
     * does not know (a file written by a newer FeedGym).
     */
    public static Optional<Metric> find(String key) {
        for (Metric m : java.util.stream.Stream.concat(FIXED.stream(), BEP.stream()).toList()) {
            if (m.key().equals(key)) {
                return Optional.of(m);
            }
        }
        Matcher w = WITHIN.matcher(key);
        if (w.matches()) {
            return Optional.of(harmfulShareWithin(Double.parseDouble(w.group(1).replace('_', '.'))));
        }
        Matcher items = FIRST_ITEMS.matcher(key);
        if (items.matches()) {
            return Optional.of(harmfulShareFirstItems(Integer.parseInt(items.group(1))));
        }
        Matcher share = CLASS_SHARE.matcher(key);
        if (share.matches()) {
            return Optional.of(harmClassShare(share.group(1)));
        }
        Matcher first = CLASS_FIRST.matcher(key);
        return first.matches() ? Optional.of(minutesToFirstOfClass(first.group(1))) : Optional.empty();
    }

    private static double rate(int count, int steps) {
        return steps > 0 ? (double) count / steps : Double.NaN;
    }
}
