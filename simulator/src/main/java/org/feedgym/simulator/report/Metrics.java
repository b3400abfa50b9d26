package org.feedgym.simulator.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names and units of the summary's metrics as the report shows them. */
final class Metrics {

    /**
     * A metric column.
     *
     * @param key   the metric's key in {@code summary.json}
     * @param label short column title
     * @param unit  unit or population, shown under the title
     */
    record Column(String key, String label, String unit) {
    }

    /** The first per-agent table: engagement. */
    static final List<Column> ENGAGEMENT = List.of(
            new Column("return", "Return", "reward / episode"),
            new Column("watchMinutes", "Watch time", "min / episode"),
            new Column("sessionSteps", "Items shown", "items / episode"),
            new Column("likeRate", "Like rate", "likes / item"),
            new Column("shareRate", "Share rate", "shares / item"),
            new Column("boredExit", "Left bored", "share of users"));

    /** The second per-agent table: harm, filter bubble, exposure of the catalogue. */
    static final List<Column> HARM_AND_BUBBLE = List.of(
            new Column("harmfulShareItems", "Harmful share", "of items shown"),
            new Column("reachedHarmful", "Reached harm", "share of users"),
            new Column("minutesToFirstHarmful", "Time to 1st harm", "min, users who met one"),
            new Column("topicEntropyBits", "Topic entropy", "bits"),
            new Column("intraListDiversity", "Diversity", "intra-list"),
            new Column("coverage", "Coverage", "share of catalogue shown"),
            new Column("exposureGini", "Exposure Gini", "0 = even, 1 = one item"));

    /** The per-trial table of a sweep. */
    static final List<Column> SWEEP_TABLE = List.of(
            new Column("return", "Return", "reward / episode"),
            new Column("watchMinutes", "Watch time", "min / episode"),
            new Column("harmfulShareItems", "Harmful share", "of items shown"),
            new Column("reachedHarmful", "Reached harm", "share of users"),
            new Column("minutesToFirstHarmful", "Time to 1st harm", "min, users who met one"),
            new Column("topicEntropyBits", "Topic entropy", "bits"));

    private static final Pattern WITHIN = Pattern.compile("harmfulShareWithin([0-9_]+)Min");

    private Metrics() {
    }

    /** The column for a per-persona or ratio key: a known label or the key itself. */
    static Column persona(String key) {
        return switch (key) {
            case "return" -> new Column(key, "Return", "reward / episode");
            case "watchMinutes" -> new Column(key, "Watch time", "min / episode");
            case "harmfulShareItems" -> new Column(key, "Harmful share", "of items shown");
            case "harmfulShareMinutes" -> new Column(key, "Harmful share", "of watch time");
            case "reachedHarmful" -> new Column(key, "Reached harm", "share of users");
            case "minutesToFirstHarmful" -> new Column(key, "Time to 1st harm", "min, users who met one");
            case "itemsToFirstHarmful" -> new Column(key, "Items to 1st harm", "items, users who met one");
            default -> {
                Matcher m = WITHIN.matcher(key);
                yield m.matches()
                        ? new Column(key, "Harmful share, first " + m.group(1).replace('_', '.') + " min",
                        "users who watched that long")
                        : new Column(key, key, "");
            }
        };
    }
}
