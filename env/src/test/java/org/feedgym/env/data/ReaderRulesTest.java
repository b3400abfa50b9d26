package org.feedgym.env.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules every reader shares beyond typing: a repeated entity id is refused naming both lines
 * ({@link UniqueIds}), play times and durations above a day and epochs that do not fit 64-bit
 * milliseconds are refused ({@link TimeRules}), and exact duplicate log rows are kept but counted
 * in the summary ({@link DuplicateRows}).
 */
class ReaderRulesTest {

    private static final String KUAIRAND_HEADER = "user_id\tvideo_id\ttime_ms\tplay_time_ms\tduration_ms\tlabel\t"
            + "is_click\tlong_view\tis_comment\tis_forward\tis_follow\n";

    private static final String CAPTION_HEADER = "video_id,manual_cover_text,caption,topic_tag,"
            + "first_level_category_name,second_level_category_name,third_level_category_name\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static String tiktokRow(int n, String claim, long id, long seconds) {
        return n + "," + claim + "," + id + "," + seconds + ",some text,verified,active,100,50,10,5,1\n";
    }

    private static MappedLog kuairand(Path file, ReadOptions options) throws IOException {
        return MappedLogReader.read(file, '\t', LogColumns.kuairand(), options, "kuairand");
    }

    // ---- duplicate ids ------------------------------------------------------------------------

    @Test
    void aRepeatedTikTokVideoIdIsRefusedNamingBothLines() throws IOException {
        write(TikTokVideos.FILE, TikTokVideosTest.HEADER + "\n" + tiktokRow(1, "claim", 7, 10)
                + tiktokRow(2, "opinion", 8, 10) + tiktokRow(3, "claim", 7, 20));
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> TikTokVideos.read(dir, ReadOptions.LENIENT));
        assertEquals(dir.resolve("tiktok_dataset.csv") + ": line 4, column 'video_id': duplicate video_id 7"
                + " (first on line 2)",
                e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void aSkippedTikTokRowClaimsNoVideoId() throws IOException {
        write(TikTokVideos.FILE, TikTokVideosTest.HEADER + "\n" + tiktokRow(1, "", 7, 10) + tiktokRow(2, "claim", 7, 10));
        TikTokVideos v = TikTokVideos.read(dir, ReadOptions.LENIENT);
        assertEquals(1, v.size());
        assertEquals(7, v.videoId(0));
    }

    @Test
    void theRealTikTokFileWithRows2To50AppendedAgainIsRefusedAtTheFirstCopy() throws IOException {
        Path real = RealData.folder("tiktok-claims").resolve(TikTokVideos.FILE);
        String text = Files.readString(real, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        StringBuilder b = new StringBuilder(text);
        for (int i = 1; i < 50; i++) {
            b.append(lines[i]).append('\n');
        }
        write(TikTokVideos.FILE, b.toString());
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> TikTokVideos.read(dir, ReadOptions.LENIENT));
        assertEquals(dir.resolve("tiktok_dataset.csv") + ": line 19384, column 'video_id': duplicate video_id"
                + " 7017666017"
                + " (first on line 2)", e.getMessage());
    }

    @Test
    void aRepeatedMovieIdIsRefusedNamingBothLines() throws IOException {
        write("ml/movies.csv", "movieId,title,genres\n1,A,Drama\n2,B,Drama\n1,C,Drama\n");
        write("ml/ratings.csv", "userId,movieId,rating,timestamp\n1,1,4,10\n");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> MovieLensData.read(dir.resolve("ml"), ReadOptions.LENIENT));
        assertEquals(dir.resolve("ml/movies.csv") + ": line 4, column 'movieId': duplicate movieId 1 (first on"
                + " line 2)", e.getMessage());
    }

    @Test
    void aRepeatedKuaiRecVideoIdIsRefusedNamingBothLines() throws IOException {
        write("kr/item_categories.csv", "video_id,feat\n0,[1]\n5,\"[2, 3]\"\n0,[2]\n");
        write("kr/kuairec_caption_category.csv", CAPTION_HEADER);
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> KuaiRecItems.read(dir.resolve("kr"), ReadOptions.LENIENT));
        assertEquals(dir.resolve("kr/item_categories.csv") + ": line 4, column 'video_id': duplicate video_id 0"
                + " (first on line 2)",
                e.getMessage());
    }

    @Test
    void aSecondKuaiRecCaptionRowForAVideoIsRefusedRatherThanReplacingTheFirst() throws IOException {
        write("kr/item_categories.csv", "video_id,feat\n0,[1]\n5,\"[2, 3]\"\n");
        write("kr/kuairec_caption_category.csv", CAPTION_HEADER + "5,a,first,[],x,y,z\n0,b,c,[],x,y,z\n"
                + "5,a,second,[],x,y,z\n");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> KuaiRecItems.read(dir.resolve("kr"), ReadOptions.LENIENT));
        assertEquals(dir.resolve("kr/kuairec_caption_category.csv") + ": line 4, column 'video_id': duplicate"
                + " video_id 5 (first on line 2)",
                e.getMessage());
    }

    @Test
    void aRepeatedKuaiRecUserIdIsRefusedNamingBothLines() throws IOException {
        StringBuilder header = new StringBuilder("user_id,user_active_degree,is_live_streamer,is_video_author,"
                + "follow_user_num,follow_user_num_range,fans_user_num,friend_user_num,register_days");
        StringBuilder row = new StringBuilder();
        for (int k = 0; k < 18; k++) {
            header.append(",onehot_feat").append(k);
            row.append(",1");
        }
        String rest = ",high_active,0,0,10,\"(0,10]\",3,1,100" + row + "\n";
        write("u/user_features.csv", header + "\n7" + rest + "8" + rest + "7" + rest);
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> KuaiRecUsers.read(dir.resolve("u"), ReadOptions.LENIENT));
        assertEquals(dir.resolve("u/user_features.csv") + ": line 4, column 'user_id': duplicate user_id 7"
                + " (first on line 2)",
                e.getMessage());
    }

    // ---- play times and durations -------------------------------------------------------------

    @Test
    void anAbsurdPlayTimeIsRefusedWithLineColumnRuleAndValue() throws IOException {
        Path f = write("k.tsv", KUAIRAND_HEADER + "1\t3\t2000\t100\t5000\t1\t1\t1\t0\t0\t0\n"
                + "1\t2\t1000\t99999999999999999999999\t5000\t1\t1\t1\t0\t0\t0\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> kuairand(f, ReadOptions.LENIENT));
        assertEquals(dir.resolve("k.tsv") + ": line 3, column 'play_time_ms': a play time must be at most one"
                + " day (86400000 ms),"
                + " got '99999999999999999999999'", e.getMessage());
    }

    @Test
    void aPlayTimeOfExactlyOneDayIsAcceptedAndADurationAboveADayInSecondsIsRefused() throws IOException {
        LogColumns seconds = new LogColumns("u", "i", "t", "epoch-ms", "watch", "len", "s", null, null, null);
        Path ok = write("ok.csv", "u,i,t,watch,len\n1,2,1000,86400,60\n");
        assertEquals(86_400_000.0, MappedLogReader.read(ok, ',', seconds, ReadOptions.STRICT, "log").playTimeMillis(0));
        Path bad = write("bad.csv", "u,i,t,watch,len\n1,2,1000,10,60\n1,3,1000,10,86400.5\n");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> MappedLogReader.read(bad, ',', seconds, ReadOptions.LENIENT, "log"));
        assertEquals(dir.resolve("bad.csv") + ": line 3, column 'len': a duration must be at most one day"
                + " (86400 s), got '86400.5'",
                e.getMessage());
    }

    @Test
    void aTikTokDurationAboveADayIsRefused() throws IOException {
        write(TikTokVideos.FILE, TikTokVideosTest.HEADER + "\n" + tiktokRow(1, "claim", 7, 86_401));
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> TikTokVideos.read(dir, ReadOptions.LENIENT));
        assertEquals(dir.resolve("tiktok_dataset.csv") + ": line 2, column 'video_duration_sec': a video"
                + " duration must be at most one"
                + " day (86400 s), got '86401'", e.getMessage());
    }

    // ---- timestamps ---------------------------------------------------------------------------

    @Test
    void epochSecondsThatDoNotFitMillisecondsAreRefused() throws IOException {
        LogColumns c = new LogColumns("u", "i", "t", "epoch-s", null, null, null, null, null, null);
        Path f = write("l.csv", "u,i,t\n1,2,1649581149\n1,3,99999999999999999999\n");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> MappedLogReader.read(f, ',', c, ReadOptions.LENIENT, "log"));
        assertEquals(dir.resolve("l.csv") + ": line 3, column 't': epoch seconds must fit a 64-bit millisecond time"
                + " (|t| <= 9223372036854775 s), got '99999999999999999999'", e.getMessage());
        Path inf = write("inf.csv", "u,i,t\n1,2,Infinity\n");
        DataFormatException e2 = assertThrows(DataFormatException.class,
                () -> MappedLogReader.read(inf, ',', c, ReadOptions.LENIENT, "log"));
        assertEquals(dir.resolve("inf.csv") + ": line 2, column 't': expected a finite number, got"
                + " 'Infinity'", e2.getMessage());
    }

    @Test
    void epochMillisecondsBeyond64BitsAndIsoTimesBeyondTheMillisecondRangeAreRefused() throws IOException {
        LogColumns ms = new LogColumns("u", "i", "t", "epoch-ms", null, null, null, null, null, null);
        Path f = write("ms.csv", "u,i,t\n1,2,99999999999999999999\n");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> MappedLogReader.read(f, ',', ms, ReadOptions.LENIENT, "log"));
        assertEquals(dir.resolve("ms.csv") + ": line 2, column 't': expected an integer in the 64-bit range,"
                + " got '99999999999999999999'",
                e.getMessage());
        LogColumns iso = new LogColumns("u", "i", "t", "iso", null, null, null, null, null, null);
        Path g = write("iso.csv", "u,i,t\n1,2,+999999999-01-01T00:00:00Z\n");
        DataFormatException e2 = assertThrows(DataFormatException.class,
                () -> MappedLogReader.read(g, ',', iso, ReadOptions.LENIENT, "log"));
        assertEquals(dir.resolve("iso.csv") + ": line 2, column 't': a time must fit a 64-bit millisecond time,"
                + " got '+999999999-01-01T00:00:00Z'", e2.getMessage());
    }

    @Test
    void aMovieLensTimestampWhoseMillisecondsOverflowIsRefused() throws IOException {
        write("ml/movies.csv", "movieId,title,genres\n1,A,Drama\n");
        write("ml/ratings.csv", "userId,movieId,rating,timestamp\n1,1,4,9223372036854775\n1,1,4,9223372036854776\n");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> MovieLensData.read(dir.resolve("ml"), ReadOptions.LENIENT));
        assertEquals(dir.resolve("ml/ratings.csv") + ": line 3, column 'timestamp': epoch seconds must fit a"
                + " 64-bit millisecond time"
                + " (|t| <= 9223372036854775 s), got '9223372036854776'", e.getMessage());
    }

    // ---- exact duplicate rows -----------------------------------------------------------------

    @Test
    void exactDuplicateLogRowsAreKeptAndCountedInTheSummary() throws IOException {
        Path f = write("k.tsv", KUAIRAND_HEADER
                + "1\t2\t1000\t100\t5000\t1\t1\t1\t0\t0\t0\n"
                + "1\t2\t1000\t100\t5000\t1\t1\t1\t0\t0\t0\n"   // exact repeat of line 2
                + "1\t2\t9000\t100\t5000\t1\t1\t1\t0\t0\t0\n"   // same user and item, later: not a duplicate
                + "1\t2\t1000\t101\t5000\t1\t1\t1\t0\t0\t0\n"   // same time, other play time: not a duplicate
                + "1\t2\t1000\t100\t5000\t1\t1\t1\t0\t0\t0\n"); // a third copy
        MappedLog log = kuairand(f, ReadOptions.LENIENT);
        assertEquals(5, log.size());
        FileReport r = log.report().files().get(0);
        assertEquals(2, r.exactDuplicateRows());
        assertEquals("k.tsv: 5 rows, 5 kept, 0 skipped, 2 exact duplicate rows", r.summary());
    }

    @Test
    void aMovieLensLogWithEveryRowTwiceReportsItInBothReadersAndStrictModeRefusesIt() throws IOException {
        write("ml/movies.csv", "movieId,title,genres\n1,A,Drama\n2,B,Comedy\n");
        Path ratings = write("ml/ratings.csv",
                "userId,movieId,rating,timestamp\n1,1,4,10\n1,2,3,20\n1,1,4,10\n1,2,3,20\n");
        MovieLensData ml = MovieLensData.read(dir.resolve("ml"), ReadOptions.LENIENT);
        assertEquals("ratings.csv: 4 rows, 4 kept, 0 skipped, 2 exact duplicate rows",
                ml.report().files().get(1).summary());
        MappedLog log = MappedLogReader.read(ratings, ',', LogColumns.movielensRatings(), ReadOptions.LENIENT,
                "movielens");
        assertEquals("ratings.csv: 4 rows, 4 kept, 0 skipped, 2 exact duplicate rows",
                log.report().files().get(0).summary());
        String refused = ratings + ": 2 of 4 kept rows (50.0%) repeat an earlier row exactly, more than the 1%"
                + " strict mode allows: this looks like a duplicated export (rows written twice)";
        assertEquals(refused, assertThrows(DataFormatException.class,
                () -> MovieLensData.read(dir.resolve("ml"), ReadOptions.STRICT)).getMessage());
        assertEquals(refused, assertThrows(DataFormatException.class, () -> MappedLogReader.read(ratings, ',',
                LogColumns.movielensRatings(), ReadOptions.STRICT, "movielens")).getMessage());
    }

    @Test
    void duplicatesUpToOnePercentAreKeptInStrictModeAndAboveItWarnOrFail() throws IOException {
        LogColumns c = new LogColumns("u", "i", "t", "epoch-ms", null, null, null, Map.of(), null, null);
        StringBuilder rows = new StringBuilder("u,i,t\n");
        for (int r = 0; r < 99; r++) {
            rows.append("1,").append(r).append(",5\n");
        }
        rows.append("1,0,5\n"); // 1 duplicate in 100 kept rows: exactly 1%, allowed
        Path onePercent = write("one.csv", rows.toString());
        FileReport r = MappedLogReader.read(onePercent, ',', c, ReadOptions.STRICT, "log").report().files().get(0);
        assertEquals(1, r.exactDuplicateRows());
        List<String> warnings = new ArrayList<>();
        DuplicateRows.judge(r, ReadOptions.LENIENT, warnings::add);
        assertEquals(List.of(), warnings);

        rows.append("1,1,5\n"); // 2 duplicates in 101 kept rows: above 1%
        Path above = write("two.csv", rows.toString());
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> MappedLogReader.read(above, ',', c, ReadOptions.STRICT, "log"));
        assertEquals(above + ": 2 of 101 kept rows (2.0%) repeat an earlier row exactly, more than the 1% strict"
                + " mode allows: this looks like a duplicated export (rows written twice)", e.getMessage());
        FileReport lenient = MappedLogReader.read(above, ',', c, ReadOptions.LENIENT, "log").report().files().get(0);
        DuplicateRows.judge(lenient, ReadOptions.LENIENT, warnings::add);
        assertEquals(List.of("warning: " + above + ": 2 of 101 kept rows (2.0%) repeat an earlier row exactly (more"
                + " than 1%): this looks like a duplicated export (rows written twice); \"strict\": true refuses it"),
                warnings);
    }

    @Test
    void theRealKuaiRandLogWrittenTwiceIsRefusedInStrictMode() throws IOException {
        Path real = RealData.folder("kuairand-like-hate-subset").resolve(KuaiRandDataset.FILE);
        List<String> lines = Files.readAllLines(real);
        List<String> twice = new ArrayList<>(lines);
        twice.addAll(lines.subList(1, lines.size()));
        Path f = dir.resolve(KuaiRandDataset.FILE);
        Files.write(f, twice);
        FileReport lenient = kuairand(f, ReadOptions.LENIENT).report().files().get(0);
        assertEquals(41_952, lenient.exactDuplicateRows());
        DataFormatException e = assertThrows(DataFormatException.class, () -> kuairand(f, ReadOptions.STRICT));
        assertEquals(f + ": 41952 of 83656 kept rows (50.1%) repeat an earlier row exactly, more than the 1% strict"
                + " mode allows: this looks like a duplicated export (rows written twice)", e.getMessage());
    }

    @Test
    void aSingleDuplicateIsSingularAndSkippedRowsAreNotCompared() throws IOException {
        LogColumns c = new LogColumns("u", "i", "t", "epoch-ms", null, null, null, Map.of(), null, null);
        Path f = write("l.csv", "u,i,t\n1,2,5\n1,2,\n1,2,\n1,2,5\n");
        MappedLog log = MappedLogReader.read(f, ',', c, ReadOptions.LENIENT, "log");
        assertEquals("l.csv: 4 rows, 2 kept, 2 skipped (missing t: 2, first at line 3), 1 exact duplicate row",
                log.report().files().get(0).summary());
    }

    @Test
    void eachSkipReasonNamesTheLineOfItsFirstRow() throws IOException {
        LogColumns c = new LogColumns("u", "i", "t", "epoch-ms", null, null, null, Map.of(), null, null);
        Path f = write("s.csv", "u,i,t\n1,2,5\n1,,6\n1,2\n1,,7\n1,3,8\n1,2,9,9\n");
        FileReport r = MappedLogReader.read(f, ',', c, ReadOptions.LENIENT, "log").report().files().get(0);
        assertEquals("s.csv: 6 rows, 2 kept, 4 skipped (missing i: 2, first at line 3;"
                + " row has 2 fields, header has 3: 1, first at line 4;"
                + " row has 4 fields, header has 3: 1, first at line 7)", r.summary());
        assertEquals(Map.of("missing i", 3L, "row has 2 fields, header has 3", 4L,
                "row has 4 fields, header has 3", 7L),
                r.firstSkippedLine());
    }

    @Test
    void theRealLogsHaveTheirKnownExactDuplicates() throws IOException {
        Path file = RealData.folder("kuairand-like-hate-subset").resolve(KuaiRandDataset.FILE);
        FileReport k = kuairand(file, ReadOptions.STRICT).report().files().get(0);
        assertEquals(41_828, k.kept());
        assertEquals(124, k.exactDuplicateRows());
        assertEquals("processed_standard_kcore_15.tsv: 41828 rows, 41828 kept, 0 skipped, 124 exact duplicate rows",
                k.summary());
        MovieLensData ml = MovieLensData.read(RealData.folder("movielens-latest-small"), ReadOptions.STRICT);
        assertEquals(0, ml.report().files().get(1).exactDuplicateRows());
    }
}
