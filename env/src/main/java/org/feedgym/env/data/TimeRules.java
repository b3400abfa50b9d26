package org.feedgym.env.data;

/**
 * The plausibility rules for times read from data files, in one place so that every reader
 * applies the same ones. A value breaking a rule is a {@link DataFormatException} naming the
 * file, line, column, rule and the value as written, in lenient and strict mode alike.
 * <ul>
 *   <li><b>Spans</b> (a play time, a duration) are at most {@link #MAX_SPAN_MILLIS}, one day.
 *       The real data stays far below it: KuaiRand's longest play time is 612,577 ms (10.2 min)
 *       and its longest duration 1,337,733 ms (22.3 min); TikTok's longest video is 60 s. A
 *       value above a day is a unit or export error, which would otherwise reach the watch
 *       ratios (a play time of 10<sup>23</sup> ms gave watch-ratio quantiles of 1.8·10<sup>19</sup>).</li>
 *   <li><b>Epoch times</b> given in seconds must fit a signed 64-bit count of milliseconds
 *       (|t| &lt; 9,223,372,036,854,775 s, about 292 million years); a larger value used to
 *       saturate silently or overflow.</li>
 * </ul>
 */
final class TimeRules {

    /** The longest play time or duration accepted: one day, in milliseconds. */
    static final double MAX_SPAN_MILLIS = 86_400_000;

    /** The largest magnitude of epoch seconds whose milliseconds fit a {@code long}. */
    private static final long MAX_EPOCH_SECONDS = Long.MAX_VALUE / 1000;

    private TimeRules() {
    }

    /**
     * Checks a span (play time or duration) against the one-day bound.
     *
     * @param row    the row, for the error's file, line and raw value
     * @param column the column the value came from
     * @param what   what the value is, e.g. {@code "a play time"}
     * @param value  the value in the column's unit
     * @param unit   the column's unit, {@code "ms"} or {@code "s"}
     * @return {@code value}, unchanged
     * @throws DataFormatException when the value is above one day
     */
    static double span(Row row, String column, String what, double value, String unit) throws DataFormatException {
        double millisPerUnit = unit.equals("s") ? 1000 : 1;
        if (value * millisPerUnit > MAX_SPAN_MILLIS) {
            throw row.error(column, what + " must be at most one day (" + (long) (MAX_SPAN_MILLIS / millisPerUnit)
                    + " " + unit + "), got '" + row.raw(column).strip() + "'");
        }
        return value;
    }

    /**
     * Epoch seconds (fractions allowed, finite) to epoch milliseconds, rounded.
     *
     * @throws DataFormatException when the milliseconds do not fit a {@code long}
     */
    static long secondsToMillis(Row row, String column, double seconds) throws DataFormatException {
        double millis = seconds * 1000;
        if (!(Math.abs(millis) < 0x1p63)) {
            throw outOfRange(row, column);
        }
        return Math.round(millis);
    }

    /**
     * Whole epoch seconds to epoch milliseconds.
     *
     * @throws DataFormatException when the milliseconds do not fit a {@code long}
     */
    static long secondsToMillis(Row row, String column, long seconds) throws DataFormatException {
        if (seconds > MAX_EPOCH_SECONDS || seconds < -MAX_EPOCH_SECONDS) {
            throw outOfRange(row, column);
        }
        return seconds * 1000;
    }

    private static DataFormatException outOfRange(Row row, String column) {
        return row.error(column, "epoch seconds must fit a 64-bit millisecond time (|t| <= " + MAX_EPOCH_SECONDS
                + " s), got '" + row.raw(column).strip() + "'");
    }
}
