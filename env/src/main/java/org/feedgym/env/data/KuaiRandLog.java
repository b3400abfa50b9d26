package org.feedgym.env.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The KuaiRand-27K explicit like/hate subset ({@value #FILE}; see
 * {@code shared/data/kuairand-like-hate-subset/SOURCE.md}): interactions of the standard policy
 * that carry an explicit like (label 1) or hate (label 0), with clicks, long views, play time and
 * the video's duration.
 *
 * <p>The file is tab-separated despite its original {@code .csv} name, with LF endings and no
 * quotes. {@code duration_ms} is 0 in 7,738 rows: the duration is unknown there, so it is kept as
 * 0 and counted, and nothing divides by it. The {@link #log()} signal is the label (1 like,
 * 0 hate); times are {@code time_ms} (epoch ms, UTC). Item indices follow ascending video id.
 */
public final class KuaiRandLog {

    /** File name. */
    public static final String FILE = "processed_standard_kcore_15.tsv";

    private final InteractionLog log;
    private final byte[] click;
    private final byte[] longView;
    private final int[] playTimeMs;
    private final int[] durationMs;
    private final byte[] comment;
    private final byte[] forward;
    private final byte[] follow;
    private final ReadReport report;

    private KuaiRandLog(InteractionLog log, byte[] click, byte[] longView, int[] playTimeMs, int[] durationMs,
                        byte[] comment, byte[] forward, byte[] follow, ReadReport report) {
        this.log = log;
        this.click = click;
        this.longView = longView;
        this.playTimeMs = playTimeMs;
        this.durationMs = durationMs;
        this.comment = comment;
        this.forward = forward;
        this.follow = follow;
        this.report = report;
    }

    /**
     * Reads the log.
     *
     * @param path the TSV file, or the folder holding {@value #FILE}
     */
    public static KuaiRandLog read(Path path, ReadOptions options) throws IOException {
        Path file = Files.isDirectory(path) ? path.resolve(FILE) : path;
        List<long[]> rows = new ArrayList<>();
        FileReport fr = CsvTable.read(file, CsvTable.Layout.TSV, List.of("user_id", "video_id", "time_ms", "is_click",
                "is_follow", "is_comment", "is_forward", "long_view", "play_time_ms", "duration_ms", "label"),
                options, row -> {
                    long user = row.requiredLong("user_id");
                    long video = row.requiredLong("video_id");
                    long time = row.requiredLong("time_ms");
                    long label = flag(row, "label");
                    long clicked = flag(row, "is_click");
                    long lv = flag(row, "long_view");
                    long play = row.requiredLong("play_time_ms");
                    long duration = row.requiredLong("duration_ms");
                    long commented = flag(row, "is_comment");
                    long forwarded = flag(row, "is_forward");
                    long followed = flag(row, "is_follow");
                    if (duration <= 0) {
                        row.note("duration_ms = 0 (unknown, kept as 0)");
                        duration = 0;
                    }
                    if (play < 0) {
                        throw row.error("play_time_ms", "expected a time >= 0, got " + play);
                    }
                    rows.add(new long[] {user, video, time, label, clicked, lv, play, duration, commented, forwarded,
                        followed});
                });
        int n = rows.size();
        if (n == 0) {
            throw new DataFormatException(fr.name(), 0, null, "no usable rows (" + fr.summary() + ")");
        }
        long[] videos = rows.stream().mapToLong(r -> r[1]).sorted().distinct().toArray();
        long[] users = new long[n];
        int[] items = new int[n];
        float[] signal = new float[n];
        long[] time = new long[n];
        for (int r = 0; r < n; r++) {
            long[] row = rows.get(r);
            users[r] = row[0];
            items[r] = Arrays.binarySearch(videos, row[1]);
            signal[r] = row[3];
            time[r] = row[2];
        }
        InteractionLog log = InteractionLog.of(users, videos, items, signal, time);
        // Extra columns in the log's (user, time, item) order: re-sort the raw rows the same way.
        rows.sort((a, b) -> {
            int c = Long.compare(a[0], b[0]);
            if (c == 0) {
                c = Long.compare(a[2], b[2]);
            }
            return c != 0 ? c : Long.compare(a[1], b[1]);
        });
        byte[] click = new byte[n];
        byte[] longView = new byte[n];
        int[] play = new int[n];
        int[] duration = new int[n];
        byte[] comment = new byte[n];
        byte[] forward = new byte[n];
        byte[] follow = new byte[n];
        for (int r = 0; r < n; r++) {
            long[] row = rows.get(r);
            if (log.itemId(log.item(r)) != row[1] || log.timeMillis(r) != row[2]) {
                throw new IllegalStateException("row order mismatch at " + r);
            }
            click[r] = (byte) row[4];
            longView[r] = (byte) row[5];
            play[r] = (int) Math.min(Integer.MAX_VALUE, row[6]);
            duration[r] = (int) Math.min(Integer.MAX_VALUE, row[7]);
            comment[r] = (byte) row[8];
            forward[r] = (byte) row[9];
            follow[r] = (byte) row[10];
        }
        return new KuaiRandLog(log, click, longView, play, duration, comment, forward, follow,
                new ReadReport("kuairand", List.of(fr)));
    }

    private static long flag(Row row, String column) throws DataFormatException {
        long v = row.requiredLong(column);
        if (v != 0 && v != 1) {
            throw row.error(column, "expected 0 or 1, got " + v);
        }
        return v;
    }

    /** The interactions: signal 1 = like, 0 = hate; time in epoch ms. */
    public InteractionLog log() {
        return log;
    }

    /** True when row {@code r} (in {@link #log()} order) was clicked. */
    public boolean click(int r) {
        return click[r] == 1;
    }

    /** True when row {@code r} was a long view. */
    public boolean longView(int r) {
        return longView[r] == 1;
    }

    /** Play time of row {@code r}, ms. */
    public int playTimeMs(int r) {
        return playTimeMs[r];
    }

    /** Video duration at row {@code r}, ms; 0 when unknown. */
    public int durationMs(int r) {
        return durationMs[r];
    }

    /** True when row {@code r} commented. */
    public boolean comment(int r) {
        return comment[r] == 1;
    }

    /** True when row {@code r} forwarded (shared). */
    public boolean forward(int r) {
        return forward[r] == 1;
    }

    /** True when row {@code r} followed the author. */
    public boolean follow(int r) {
        return follow[r] == 1;
    }

    /** What was read. */
    public ReadReport report() {
        return report;
    }
}
