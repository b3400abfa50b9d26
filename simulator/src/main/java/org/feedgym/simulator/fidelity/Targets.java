package org.feedgym.simulator.fidelity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

/**
 * The standard fidelity targets, each pooled over users.
 *
 * <ul>
 *   <li>{@code watch-ratio}: per row with a known watch ratio, watched time over duration
 *       (values above 1 are replays and stay in);</li>
 *   <li>{@code watch-ratio|like}, {@code watch-ratio|hate}: the same, on rows with the signal;</li>
 *   <li>{@code items-per-session}, {@code minutes-per-session}: per session (see {@link Sessions}
 *       for the split and the minutes rule);</li>
 *   <li>{@code days-active}: per user, the number of distinct calendar days with a row;</li>
 *   <li>{@code return-gap-hours}: per pair of consecutive sessions of a user, the hours from the
 *       start of the last row of one session to the first row of the next;</li>
 *   <li>{@code top-topic-share}: per user-day with at least {@link TargetOptions#minTopicRows()}
 *       rows of known topic, the share of those rows in that day's most frequent topic (1 = one
 *       topic all day; 1/k at best with k topics). Pooled over days, its distribution shows how
 *       concentrated a day's feed is; compared day by day it shows concentration over time.</li>
 * </ul>
 */
public final class Targets {

    private Targets() {
    }

    /**
     * Every standard target: the watch-ratio ones (the conditional ones only for signals the
     * caller names, e.g. like and hate), sessions, days active, return gaps and topic share.
     *
     * @param conditionalOn signals to condition the watch ratio on
     * @param options       session and day settings
     */
    public static List<Target> standard(List<String> conditionalOn, TargetOptions options) {
        List<Target> all = new java.util.ArrayList<>();
        all.add(watchRatio());
        for (String s : conditionalOn) {
            all.add(watchRatioGiven(s));
        }
        all.add(itemsPerSession(options));
        all.add(minutesPerSession(options));
        all.add(daysActive(options));
        all.add(returnGapHours(options));
        all.add(topTopicShare(options));
        return List.copyOf(all);
    }

    /** Watch ratio per row with a known one. */
    public static Target watchRatio() {
        return of("watch-ratio", "watched time over the video's duration, per row (replays above 1 included)", "",
                "Rows with a like or hate are videos people reacted to; their watch ratios need not match a whole feed's.",
                t -> IntStream.range(0, t.size()).mapToDouble(t::watchRatio).filter(v -> !Double.isNaN(v)).toArray());
    }

    /** Watch ratio per row with a known one and the signal set. */
    public static Target watchRatioGiven(String signal) {
        return of("watch-ratio|" + signal, "watch ratio of rows with a " + signal, "",
                "Conditional on the " + signal + " itself, so the selection changes little within it; rows with both a"
                        + " like and a hate count in both.",
                t -> IntStream.range(0, t.size()).filter(r -> t.signal(signal, r)).mapToDouble(t::watchRatio)
                        .filter(v -> !Double.isNaN(v)).toArray());
    }

    /** Rows per session. */
    public static Target itemsPerSession(TargetOptions options) {
        return of("items-per-session", "kept rows per session (sessions split at a "
                        + java.math.BigDecimal.valueOf(options.idleGapSeconds() / 60.0).stripTrailingZeros().toPlainString()
                        + "-minute idle gap)", "items",
                "Only kept rows count, so sessions look far shorter than the feed a user scrolled; an unkept video"
                        + " between two kept ones can also hide a session break or invent one.",
                t -> {
                    Sessions s = new Sessions(t, options.idleGapSeconds());
                    return IntStream.range(0, s.count()).mapToDouble(s::items).toArray();
                });
    }

    /** Watched minutes per session. */
    public static Target minutesPerSession(TargetOptions options) {
        return of("minutes-per-session", "watched minutes per session: watch ratio × duration where both are known,"
                        + " else the time to the next row of the session (0 for a session's last such row)", "minutes",
                "Time spent on unkept videos between kept rows counts only where a duration is unknown (through time"
                        + " differences); elsewhere it is missing, so minutes run low.",
                t -> {
                    Sessions s = new Sessions(t, options.idleGapSeconds());
                    return IntStream.range(0, s.count()).mapToDouble(s::minutes).toArray();
                });
    }

    /** Distinct active days per user. */
    public static Target daysActive(TargetOptions options) {
        return of("days-active", "distinct calendar days with a kept row, per user", "days",
                "A day on which a user reacted to nothing is not seen, so days active run low.",
                t -> IntStream.range(0, t.users()).mapToDouble(u -> IntStream.range(t.userStart(u), t.userEnd(u))
                        .mapToLong(r -> options.day(t.time(r))).distinct().count()).toArray());
    }

    /** Hours between consecutive sessions of a user. */
    public static Target returnGapHours(TargetOptions options) {
        return of("return-gap-hours", "hours from the last row of a session to the first of the user's next session",
                "hours", "Sessions without a kept row are invisible, so gaps run long.",
                t -> {
                    Sessions s = new Sessions(t, options.idleGapSeconds());
                    return IntStream.range(1, s.count()).filter(k -> s.user(k) == s.user(k - 1))
                            .mapToDouble(k -> (t.time(s.start(k)) - t.time(s.end(k - 1) - 1)) / 3600.0).toArray();
                });
    }

    /** Share of the top topic per user-day. */
    public static Target topTopicShare(TargetOptions options) {
        return of("top-topic-share", "per user-day with at least " + options.minTopicRows() + " rows of known topic,"
                        + " the share of them in the day's most frequent topic", "",
                "Topics of kept rows only: reactions may concentrate on a few topics more or less than exposure does.",
                t -> {
                    DoubleStream.Builder out = DoubleStream.builder();
                    for (int u = 0; u < t.users(); u++) {
                        int r = t.userStart(u);
                        while (r < t.userEnd(u)) {
                            long day = options.day(t.time(r));
                            Map<Integer, Integer> counts = new HashMap<>();
                            int known = 0;
                            for (; r < t.userEnd(u) && options.day(t.time(r)) == day; r++) {
                                if (t.topic(r) != InteractionTable.NO_TOPIC) {
                                    counts.merge(t.topic(r), 1, Integer::sum);
                                    known++;
                                }
                            }
                            if (known >= options.minTopicRows()) {
                                out.add(counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow()
                                        / (double) known);
                            }
                        }
                    }
                    return out.build().toArray();
                });
    }

    private static Target of(String name, String description, String unit, String bias,
                             Function<InteractionTable, double[]> values) {
        return new Simple(name, description, unit, bias, values);
    }

    /** A target defined by a function of the rows. */
    private record Simple(String name, String description, String unit, String selectionBias,
                          Function<InteractionTable, double[]> function) implements Target {
        @Override
        public double[] values(InteractionTable rows) {
            return function.apply(rows);
        }
    }
}
