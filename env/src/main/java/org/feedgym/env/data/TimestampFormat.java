package org.feedgym.env.data;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * How a mapped log's timestamp column is read into epoch milliseconds:
 * <ul>
 *   <li>{@code epoch-ms}: an integer, Unix epoch milliseconds;</li>
 *   <li>{@code epoch-s}: a number (fractions allowed), Unix epoch seconds, rounded to the ms;
 *       its milliseconds must fit 64 bits ({@link TimeRules});</li>
 *   <li>{@code iso}: ISO-8601, an instant ({@code 2022-04-10T08:59:09Z}), with an offset, or local
 *       ({@code 2022-04-10T08:59:09}, {@code 2022-04-10}) taken as UTC;</li>
 *   <li>any other text: a {@link DateTimeFormatter} pattern such as {@code yyyy-MM-dd HH:mm:ss};
 *       without a zone in the pattern the time is taken as UTC.</li>
 * </ul>
 * A value that does not fit a 64-bit count of epoch milliseconds is an error naming the file,
 * line, column and value, never a saturated time.
 */
final class TimestampFormat {

    private final String name;
    private final DateTimeFormatter pattern;

    private TimestampFormat(String name, DateTimeFormatter pattern) {
        this.name = name;
        this.pattern = pattern;
    }

    /**
     * The format a config names.
     *
     * @throws IllegalArgumentException when the text is neither a known format nor a valid pattern
     */
    static TimestampFormat of(String text) {
        switch (text) {
            case "epoch-ms", "epoch-s", "iso" -> {
                return new TimestampFormat(text, null);
            }
            default -> {
                try {
                    return new TimestampFormat(text, DateTimeFormatter.ofPattern(text));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("timestampFormat must be epoch-ms, epoch-s, iso or a"
                            + " java.time pattern, got '" + text + "': " + e.getMessage());
                }
            }
        }
    }

    /** The row's time in epoch milliseconds. */
    long millis(Row row, String column) throws DataFormatException {
        switch (name) {
            case "epoch-ms" -> {
                return row.requiredLong(column);
            }
            case "epoch-s" -> {
                return TimeRules.secondsToMillis(row, column, row.requiredDouble(column));
            }
            default -> {
                String v = row.requiredText(column).strip();
                try {
                    return pattern == null ? iso(v) : patterned(v);
                } catch (DateTimeException e) {
                    throw row.error(column, "expected a time as " + (pattern == null ? "ISO-8601" : "'" + name + "'")
                            + ", got '" + v + "'");
                } catch (ArithmeticException e) {
                    throw row.error(column, "a time must fit a 64-bit millisecond time, got '" + v + "'");
                }
            }
        }
    }

    private static long iso(String v) {
        if (v.length() == 10) {
            return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        }
        TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(v, OffsetDateTime::from, LocalDateTime::from);
        return t instanceof OffsetDateTime o ? o.toInstant().toEpochMilli()
                : ((LocalDateTime) t).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private long patterned(String v) {
        TemporalAccessor t = pattern.parseBest(v, ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
        Instant i = t instanceof ZonedDateTime z ? z.toInstant()
                : t instanceof LocalDateTime l ? l.toInstant(ZoneOffset.UTC)
                : ((LocalDate) t).atStartOfDay().toInstant(ZoneOffset.UTC);
        return i.toEpochMilli();
    }
}
