package org.feedgym.env.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads any CSV/TSV interaction log through a {@link LogColumns} mapping into a
 * {@link MappedLog}, through the shared read loop (hashing, UTF-8, line numbers).
 *
 * <p>A mapped column missing from the header is a {@link DataFormatException} naming the file
 * and column and listing the header; a value of the wrong type (a non-integer epoch, a signal
 * column that is not 0/1, a negative play time) names file, line and column; so does a value
 * outside the {@link TimeRules} (a play time or duration above one day, an epoch that does not fit
 * a 64-bit millisecond time); a missing required value skips the row (or fails in strict mode); a
 * file with no usable rows fails naming the file. Rows that repeat an earlier row in every mapped
 * column are kept and counted in the summary; more than 1% of them is a warning on stderr, and an
 * error in strict mode ({@link DuplicateRows}). Fields are quoted
 * (RFC 4180) unless the delimiter is a tab.
 */
public final class MappedLogReader {

    private MappedLogReader() {
    }

    /**
     * Reads a log.
     *
     * @param file      the CSV/TSV file
     * @param delimiter the field separator
     * @param columns   the column mapping
     * @param options   strict or lenient
     * @param dataset   the dataset id recorded in the {@link ReadReport} (e.g. {@code "log"})
     * @throws DataFormatException as described above
     * @throws IOException         when the file cannot be read
     */
    public static MappedLog read(Path file, char delimiter, LogColumns columns, ReadOptions options, String dataset)
            throws IOException {
        List<String> names = new ArrayList<>(columns.signals().keySet());
        List<SignalRule> rules = new ArrayList<>();
        for (String n : names) {
            rules.add(SignalRule.parse(n, columns.signals().get(n)));
        }
        SignalRule.Either likeOrHate = SignalRule.likeOrHate(names, rules);
        TimestampFormat time = TimestampFormat.of(columns.timestampFormat());
        double unit = columns.millisPerUnit();
        Rows rows = new Rows();
        DuplicateRows repeats = new DuplicateRows(columns.headerColumns());
        CsvTable.Layout layout = new CsvTable.Layout(delimiter, delimiter != '\t', true);
        FileReport fr = CsvTable.read(file, layout, columns.headerColumns(), options, row -> {
            String user = row.requiredText(columns.user()).strip();
            String item = row.requiredText(columns.item()).strip();
            long t = time.millis(row, columns.timestamp());
            double play = Double.NaN;
            if (columns.playTime() != null) {
                play = row.requiredDouble(columns.playTime());
                if (play < 0) {
                    throw row.error(columns.playTime(), "expected a play time >= 0, got " + play);
                }
                play = TimeRules.span(row, columns.playTime(), "a play time", play, columns.timeUnit()) * unit;
            }
            double duration = Double.NaN;
            if (columns.duration() != null) {
                duration = row.requiredDouble(columns.duration());
                if (duration <= 0) {
                    row.note(columns.duration() + " <= 0 (unknown duration)");
                    duration = Double.NaN;
                } else {
                    duration = TimeRules.span(row, columns.duration(), "a duration", duration, columns.timeUnit())
                            * unit;
                }
            }
            long bits = 0;
            for (int k = 0; k < rules.size(); k++) {
                bits |= rules.get(k).test(row) ? 1L << k : 0;
            }
            if (likeOrHate != null) {
                likeOrHate.check(row);
            }
            String category = columns.category() == null ? null : row.text(columns.category()).strip();
            String text = columns.text() == null ? null : row.text(columns.text()).strip();
            repeats.check(row);
            rows.add(user, item, t, play, duration, bits, category, text);
        });
        DuplicateRows.judge(fr, options, System.err::println);
        if (rows.size == 0) {
            throw new DataFormatException(file.toString(), 0, null, "no usable rows (" + fr.summary() + ")");
        }
        warnOfSignalsNeverTrue(file, names, columns, rows, System.err::println);
        warnOfImplausibleEpoch(file, columns.timestampFormat(), rows, System.err::println);
        return rows.build(columns, names, new ReadReport(dataset, List.of(fr)));
    }

    /**
     * A warning for each signal true on none of the rows kept: a rule that matches nothing (a
     * value spelt otherwise than in the file, say {@code "label=Like"} for {@code like}) would
     * silently leave the log without that signal.
     */
    static void warnOfSignalsNeverTrue(Path file, List<String> names, LogColumns columns, Rows rows,
                                       java.util.function.Consumer<String> warn) {
        long any = 0;
        for (int r = 0; r < rows.size; r++) {
            any |= rows.bits[r];
        }
        for (int k = 0; k < names.size(); k++) {
            if ((any >>> k & 1L) == 0) {
                warn.accept("warning: " + file.getFileName() + ": signal '" + names.get(k) + "' ('"
                        + columns.signals().get(names.get(k)) + "') is true on none of the "
                        + String.format(java.util.Locale.ROOT, "%,d", rows.size)
                        + " rows kept; check its column and value against the file");
            }
        }
    }

    /** 1990-01-01 and 2100-01-01 in epoch milliseconds: a platform log's times lie between them. */
    private static final long PLAUSIBLE_FROM = 631_152_000_000L;
    private static final long PLAUSIBLE_TO = 4_102_444_800_000L;

    /**
     * A warning when an epoch timestamp column puts every row before 1990 or after 2100 and the
     * other epoch unit would put them all between: seconds read as milliseconds or the reverse,
     * which shrinks or stretches every gap between sessions a thousandfold. Says what the other
     * unit would give. Times implausible in both units (relative to a start, say) pass quietly.
     */
    static void warnOfImplausibleEpoch(Path file, String format, Rows rows, java.util.function.Consumer<String> warn) {
        if (!format.equals("epoch-ms") && !format.equals("epoch-s")) {
            return;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int r = 0; r < rows.size; r++) {
            min = Math.min(min, rows.time[r]);
            max = Math.max(max, rows.time[r]);
        }
        if (max >= PLAUSIBLE_FROM && min < PLAUSIBLE_TO) {
            return;
        }
        boolean asMillis = format.equals("epoch-ms");
        if (asMillis && (max > Long.MAX_VALUE / 1000 || min < Long.MIN_VALUE / 1000)) {
            return; // as seconds these would overflow: far outside any plausible date either way
        }
        String other = asMillis ? "epoch-s" : "epoch-ms";
        long otherMin = asMillis ? min * 1000 : min / 1000;
        long otherMax = asMillis ? max * 1000 : max / 1000;
        if (otherMin < PLAUSIBLE_FROM || otherMax >= PLAUSIBLE_TO) {
            return; // implausible either way: times relative to some start, say, not a unit mixed up
        }
        warn.accept("warning: " + file.getFileName() + ": read as " + format + ", the timestamps run from "
                + day(min) + " to " + day(max) + "; as " + other + " they would run from " + day(otherMin) + " to "
                + day(otherMax) + ": check timestampFormat");
    }

    private static String day(long epochMillis) {
        // The date alone (LocalDate prints years past 9999 with their sign, as Instant's text does not fit a cut).
        return java.time.LocalDate.ofInstant(java.time.Instant.ofEpochMilli(epochMillis), java.time.ZoneOffset.UTC)
                .toString();
    }

    /** Rows as read, then indexed and sorted. */
    private static final class Rows {
        final List<String> user = new ArrayList<>();
        final List<String> item = new ArrayList<>();
        final List<String> category = new ArrayList<>();
        final List<String> text = new ArrayList<>();
        long[] time = new long[1024];
        double[] play = new double[1024];
        double[] duration = new double[1024];
        long[] bits = new long[1024];
        int size;

        void add(String u, String i, long t, double p, double d, long b, String c, String x) {
            if (size == time.length) {
                time = Arrays.copyOf(time, size * 2);
                play = Arrays.copyOf(play, size * 2);
                duration = Arrays.copyOf(duration, size * 2);
                bits = Arrays.copyOf(bits, size * 2);
            }
            user.add(u);
            item.add(i);
            category.add(c);
            text.add(x);
            time[size] = t;
            play[size] = p;
            duration[size] = d;
            bits[size] = b;
            size++;
        }

        MappedLog build(LogColumns columns, List<String> names, ReadReport report) {
            Ids users = Ids.of(user);
            Ids items = Ids.of(item);
            int n = size;
            int[] u = new int[n];
            int[] j = new int[n];
            for (int r = 0; r < n; r++) {
                u[r] = users.index.get(user.get(r));
                j[r] = items.index.get(item.get(r));
            }
            Integer[] order = InteractionLog.rowOrder(u, time, j);
            long[] rawUser = new long[n];
            int[] sItem = new int[n];
            float[] signal = new float[n];
            long[] sTime = new long[n];
            double[] sPlay = columns.playTime() == null ? null : new double[n];
            double[] sDuration = columns.duration() == null ? null : new double[n];
            long[] sBits = new long[n];
            String[] itemCategory = columns.category() == null ? null : new String[items.ids.length];
            String[] itemText = columns.text() == null ? null : new String[items.ids.length];
            int like = names.indexOf("like");
            for (int k = 0; k < n; k++) {
                int r = order[k];
                rawUser[k] = users.keys[u[r]];
                sItem[k] = j[r];
                sTime[k] = time[r];
                sBits[k] = bits[r];
                signal[k] = like < 0 ? 1f : (float) (bits[r] >>> like & 1L);
                if (sPlay != null) {
                    sPlay[k] = play[r];
                }
                if (sDuration != null) {
                    sDuration[k] = duration[r];
                }
                firstValue(itemCategory, j[r], category.get(r));
                firstValue(itemText, j[r], text.get(r));
            }
            InteractionLog log = InteractionLog.of(rawUser, items.keys, sItem, signal, sTime);
            return new MappedLog(log, users.ids, items.ids, sPlay, sDuration, names, sBits, itemCategory, itemText,
                    report);
        }

        private static void firstValue(String[] perItem, int j, String value) {
            if (perItem != null && perItem[j] == null && value != null && !value.isEmpty()) {
                perItem[j] = value;
            }
        }
    }

    /**
     * Distinct ids in ascending order (numeric when all are integers) with their long keys: the
     * integer itself, or the dense index for text ids.
     */
    private record Ids(String[] ids, long[] keys, Map<String, Integer> index) {
        static Ids of(List<String> raw) {
            String[] distinct = raw.stream().distinct().toArray(String[]::new);
            boolean numeric = true;
            long[] parsed = new long[distinct.length];
            for (int i = 0; i < distinct.length && numeric; i++) {
                try {
                    parsed[i] = Long.parseLong(distinct[i]);
                } catch (NumberFormatException e) {
                    numeric = false;
                }
            }
            numeric = numeric && Arrays.stream(parsed).distinct().count() == distinct.length;
            Integer[] order = new Integer[distinct.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            if (numeric) {
                Arrays.sort(order, (a, b) -> Long.compare(parsed[a], parsed[b]));
            } else {
                Arrays.sort(order, (a, b) -> distinct[a].compareTo(distinct[b]));
            }
            String[] ids = new String[distinct.length];
            long[] keys = new long[distinct.length];
            Map<String, Integer> index = new HashMap<>();
            for (int k = 0; k < order.length; k++) {
                ids[k] = distinct[order[k]];
                keys[k] = numeric ? parsed[order[k]] : k;
                index.put(ids[k], k);
            }
            return new Ids(ids, keys, index);
        }
    }
}
