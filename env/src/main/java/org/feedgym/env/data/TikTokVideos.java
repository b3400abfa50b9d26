package org.feedgym.env.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The TikTok claims dataset ({@code tiktok_dataset.csv}, Coursera / Google Advanced Data
 * Analytics; see {@code shared/data/tiktok-claims/SOURCE.md}): one row per video with its
 * transcript, duration, counts, claim/opinion status, author verification and ban status.
 *
 * <p>Quirks handled: CRLF line endings; the first column is named {@code #}; 298 rows have an
 * empty {@code claim_status} and transcript and {@code #N/A} counts (skipped and counted as
 * {@code "missing claim_status"}); {@code video_id} exceeds the int range (read as long);
 * quoted transcripts with commas and {@code ""}; non-ASCII UTF-8; a zero or negative duration is
 * kept as unknown (0) and counted.
 *
 * <p>Refused (a {@link DataFormatException} naming file, line, column and value): a
 * {@code video_id} already on an earlier kept row (the real file has none; the error names both
 * lines, see {@link UniqueIds}), and a duration above one day ({@link TimeRules}; the real
 * maximum is 60 s).
 */
public final class TikTokVideos {

    /** The data file's name inside the dataset folder. */
    public static final String FILE = "tiktok_dataset.csv";

    static final List<String> COLUMNS = List.of("#", "claim_status", "video_id", "video_duration_sec",
            "video_transcription_text", "verified_status", "author_ban_status", "video_view_count",
            "video_like_count", "video_share_count", "video_download_count", "video_comment_count");

    /** The author's moderation status. */
    public enum AuthorStatus {
        /** {@code active}. */
        ACTIVE,
        /** {@code under review}. */
        UNDER_REVIEW,
        /** {@code banned}. */
        BANNED
    }

    private final long[] videoId;
    private final boolean[] claim;
    private final double[] durationSeconds;
    private final String[] transcript;
    private final boolean[] verified;
    private final AuthorStatus[] author;
    private final double[] views;
    private final double[] likes;
    private final double[] shares;
    private final double[] downloads;
    private final double[] comments;
    private final double[] engagement;
    private final ReadReport report;

    private TikTokVideos(Columns c, EngagementWeights weights, ReadReport report) {
        int n = c.videoId.size();
        videoId = c.videoId.stream().mapToLong(Long::longValue).toArray();
        claim = new boolean[n];
        verified = new boolean[n];
        for (int i = 0; i < n; i++) {
            claim[i] = c.claim.get(i);
            verified[i] = c.verified.get(i);
        }
        durationSeconds = c.duration.stream().mapToDouble(Double::doubleValue).toArray();
        transcript = c.text.toArray(String[]::new);
        author = c.author.toArray(AuthorStatus[]::new);
        views = c.counts[0].stream().mapToDouble(Double::doubleValue).toArray();
        likes = c.counts[1].stream().mapToDouble(Double::doubleValue).toArray();
        shares = c.counts[2].stream().mapToDouble(Double::doubleValue).toArray();
        downloads = c.counts[3].stream().mapToDouble(Double::doubleValue).toArray();
        comments = c.counts[4].stream().mapToDouble(Double::doubleValue).toArray();
        engagement = weights.score(likes, shares, comments, downloads, views);
        this.report = report;
    }

    private static final class Columns {
        final List<Long> videoId = new ArrayList<>();
        final List<Boolean> claim = new ArrayList<>();
        final List<Double> duration = new ArrayList<>();
        final List<String> text = new ArrayList<>();
        final List<Boolean> verified = new ArrayList<>();
        final List<AuthorStatus> author = new ArrayList<>();
        @SuppressWarnings("unchecked")
        final List<Double>[] counts = new List[] {new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
            new ArrayList<>(), new ArrayList<>()};
    }

    /**
     * Reads the dataset with the default engagement weights.
     *
     * @param path the CSV file, or the folder holding {@value #FILE}
     */
    public static TikTokVideos read(Path path, ReadOptions options) throws IOException {
        return read(path, options, EngagementWeights.defaults());
    }

    /**
     * Reads the dataset.
     *
     * @param path    the CSV file, or the folder holding {@value #FILE}
     * @param options strict or lenient
     * @param weights weights of the composite engagement score
     * @throws DataFormatException on a structural error, or a skipped row in strict mode
     * @throws IOException         when the file cannot be read
     */
    public static TikTokVideos read(Path path, ReadOptions options, EngagementWeights weights) throws IOException {
        Path file = Files.isDirectory(path) ? path.resolve(FILE) : path;
        Columns c = new Columns();
        UniqueIds ids = new UniqueIds("video_id");
        String[] countColumns = {"video_view_count", "video_like_count", "video_share_count",
            "video_download_count", "video_comment_count"};
        FileReport fr = CsvTable.read(file, CsvTable.Layout.CSV, COLUMNS, options, row -> {
            // Read every value first, so a skipped row leaves no partial entry behind.
            boolean isClaim = oneOf(row, "claim_status", row.requiredText("claim_status"), "claim", "opinion") == 0;
            long id = row.requiredLong("video_id");
            long seconds = row.requiredLong("video_duration_sec");
            TimeRules.span(row, "video_duration_sec", "a video duration", seconds, "s");
            String text = row.requiredText("video_transcription_text");
            boolean isVerified = oneOf(row, "verified_status", row.requiredText("verified_status"),
                    "verified", "not verified") == 0;
            AuthorStatus status = AuthorStatus.values()[oneOf(row, "author_ban_status",
                    row.requiredText("author_ban_status"), "active", "under review", "banned")];
            double[] counts = new double[5];
            for (int k = 0; k < 5; k++) {
                counts[k] = row.requiredDouble(countColumns[k]);
                if (counts[k] < 0) {
                    throw row.error(countColumns[k], "expected a count >= 0, got " + counts[k]);
                }
            }
            if (seconds <= 0) {
                row.note("video_duration_sec <= 0 (kept as unknown)");
                seconds = 0;
            }
            ids.add(row, id);
            c.claim.add(isClaim);
            c.videoId.add(id);
            c.duration.add((double) seconds);
            c.text.add(text);
            c.verified.add(isVerified);
            c.author.add(status);
            for (int k = 0; k < 5; k++) {
                c.counts[k].add(counts[k]);
            }
        });
        if (fr.kept() == 0) {
            throw new DataFormatException(file.toString(), 0, null, "no usable rows (" + fr.summary() + ")");
        }
        return new TikTokVideos(c, weights, new ReadReport("tiktok-claims", List.of(fr)));
    }

    static int oneOf(Row row, String column, String value, String... allowed) throws DataFormatException {
        for (int i = 0; i < allowed.length; i++) {
            if (allowed[i].equals(value)) {
                return i;
            }
        }
        throw row.error(column, "expected one of " + List.of(allowed) + ", got '" + value + "'");
    }

    /** Number of videos kept. */
    public int size() {
        return videoId.length;
    }

    /** The source {@code video_id} (above the int range). */
    public long videoId(int i) {
        return videoId[i];
    }

    /** True for {@code claim}, false for {@code opinion}. */
    public boolean claim(int i) {
        return claim[i];
    }

    /** Duration in seconds; 0 when the source gave 0 or less (unknown). */
    public double durationSeconds(int i) {
        return durationSeconds[i];
    }

    /** The transcript (UTF-8 text, never empty). */
    public String transcript(int i) {
        return transcript[i];
    }

    /** A copy of all transcripts, in row order. */
    public List<String> transcripts() {
        return List.of(transcript);
    }

    /** True when the author is {@code verified}. */
    public boolean verified(int i) {
        return verified[i];
    }

    /** The author's moderation status. */
    public AuthorStatus authorStatus(int i) {
        return author[i];
    }

    /** View count. */
    public double views(int i) {
        return views[i];
    }

    /** Like count. */
    public double likes(int i) {
        return likes[i];
    }

    /** Share count. */
    public double shares(int i) {
        return shares[i];
    }

    /** Download count. */
    public double downloads(int i) {
        return downloads[i];
    }

    /** Comment count. */
    public double comments(int i) {
        return comments[i];
    }

    /** Composite engagement score in [0, 1]; see {@link EngagementWeights}. */
    public double engagementScore(int i) {
        return engagement[i];
    }

    /** What was read and skipped, with the file's size and SHA-256. */
    public ReadReport report() {
        return report;
    }
}
