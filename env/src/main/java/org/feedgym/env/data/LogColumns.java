package org.feedgym.env.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The column mapping of a user's interaction log ({@code "columns"} of a catalog of type
 * {@code log}): which header column holds what. Required: {@code user}, {@code item},
 * {@code timestamp}; everything else may be omitted ({@code null}).
 *
 * <pre>{@code
 * "columns": {"user": "user_id", "item": "video_id", "timestamp": "time_ms", "timestampFormat": "epoch-ms",
 *             "playTime": "play_time_ms", "duration": "duration_ms", "timeUnit": "ms",
 *             "signals": {"like": "label=1", "hate": "label=0", "comment": "is_comment"}}
 * }</pre>
 *
 * @param user            column of the user id (any text; integers sort numerically)
 * @param item            column of the item id (any text; integers sort numerically)
 * @param timestamp       column of the time of the row
 * @param timestampFormat {@code epoch-ms} (default), {@code epoch-s}, {@code iso} or a
 *                        {@link java.time.format.DateTimeFormatter} pattern (UTC unless the
 *                        pattern has a zone)
 * @param playTime        column of the play time (watch time), in [0, one day] in {@code timeUnit}
 *                        ({@link TimeRules}); optional
 * @param duration        column of the item's duration in {@code timeUnit}, at most one day;
 *                        optional; a value &le; 0 means unknown (counted in the read report)
 * @param timeUnit        unit of {@code playTime} and {@code duration}: {@code ms} (default) or {@code s}
 * @param signals         named boolean signals ({@code like}, {@code hate}, {@code share},
 *                        {@code comment}, {@code follow}, {@code download}, {@code long-view} have
 *                        meaning for the catalog; any name {@code [a-z][a-z0-9-]*} is kept), each a
 *                        0/1 column or a {@code column=value}, {@code column!=value} (numeric when the
 *                        value is a number, else text) or numeric {@code column>=x} ({@code >},
 *                        {@code <=}, {@code <}) rule ({@link SignalRule}); optional
 * @param category        column of the item's category (its benign topic); optional
 * @param text            column of the item's text (embedded instead of co-occurrence); optional
 */
public record LogColumns(String user, String item, String timestamp, String timestampFormat, String playTime,
                         String duration, String timeUnit, Map<String, String> signals, String category,
                         String text) {

    /** At most this many signals (a row keeps them as the bits of a {@code long}). */
    public static final int MAX_SIGNALS = 64;

    public LogColumns {
        required("user", user);
        required("item", item);
        required("timestamp", timestamp);
        timestampFormat = timestampFormat == null ? "epoch-ms" : timestampFormat;
        TimestampFormat.of(timestampFormat);
        optional("playTime", playTime);
        optional("duration", duration);
        optional("category", category);
        optional("text", text);
        timeUnit = timeUnit == null ? "ms" : timeUnit;
        if (!timeUnit.equals("ms") && !timeUnit.equals("s")) {
            throw new IllegalArgumentException("timeUnit must be ms or s, got '" + timeUnit + "'");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        if (signals != null && signals.size() > MAX_SIGNALS) {
            throw new IllegalArgumentException("signals must have at most " + MAX_SIGNALS + " entries, got "
                    + signals.size());
        }
        if (signals != null) {
            for (Map.Entry<String, String> e : signals.entrySet()) {
                if (e.getKey() == null || !e.getKey().matches("[a-z][a-z0-9-]*")) {
                    throw new IllegalArgumentException("signals: a name must match [a-z][a-z0-9-]*, got '" + e.getKey()
                            + "'");
                }
                SignalRule.parse(e.getKey(), e.getValue());
                copy.put(e.getKey(), e.getValue().strip());
            }
        }
        signals = Collections.unmodifiableMap(copy);
    }

    /** The KuaiRand like/hate subset's columns ({@code processed_standard_kcore_15.tsv}). */
    public static LogColumns kuairand() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("like", "label=1");
        s.put("hate", "label=0");
        s.put("click", "is_click");
        s.put("long-view", "long_view");
        s.put("comment", "is_comment");
        s.put("share", "is_forward");
        s.put("follow", "is_follow");
        return new LogColumns("user_id", "video_id", "time_ms", "epoch-ms", "play_time_ms", "duration_ms", "ms", s,
                null, null);
    }

    /** MovieLens {@code ratings.csv}: a like is a rating of 4 or more, a hate one of 2 or less. */
    public static LogColumns movielensRatings() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("like", "rating>=4");
        s.put("hate", "rating<=2");
        return new LogColumns("userId", "movieId", "timestamp", "epoch-s", null, null, null, s, null, null);
    }

    /** Every header column this mapping reads, each once, in mapping order. */
    public List<String> headerColumns() {
        List<String> out = new ArrayList<>();
        for (String c : new String[] {user, item, timestamp, playTime, duration, category, text}) {
            if (c != null && !out.contains(c)) {
                out.add(c);
            }
        }
        for (Map.Entry<String, String> e : signals.entrySet()) {
            String c = SignalRule.parse(e.getKey(), e.getValue()).column();
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Milliseconds per unit of {@code playTime} and {@code duration}. */
    double millisPerUnit() {
        return timeUnit.equals("s") ? 1000 : 1;
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("columns." + field + " is required (the header column of the " + field
                    + "), got " + (value == null ? "nothing" : "'" + value + "'"));
        }
    }

    private static void optional(String field, String value) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException("columns." + field + " must not be blank; omit it instead");
        }
    }
}
