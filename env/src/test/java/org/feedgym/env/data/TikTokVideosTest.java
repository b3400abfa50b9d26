package org.feedgym.env.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TikTokVideosTest {

    static final String HEADER = "#,claim_status,video_id,video_duration_sec,video_transcription_text,verified_status,"
            + "author_ban_status,video_view_count,video_like_count,video_share_count,video_download_count,"
            + "video_comment_count";

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path f = dir.resolve(TikTokVideos.FILE);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void readsTheRealFileSkippingThe298RowsWithoutClaimStatus() throws IOException {
        TikTokVideos v = TikTokVideos.read(RealData.folder("tiktok-claims"), ReadOptions.LENIENT);
        FileReport f = v.report().files().get(0);
        assertEquals(19_382, f.rows());
        assertEquals(19_084, v.size());
        assertEquals(298L, f.skipped().get("missing claim_status"));
        assertEquals(3_082_521, f.file().bytes());
        assertEquals("4727685158a03ac7d7400506625150955261c0f1477108d8c81cc84b351d6d56", f.file().sha256());
        assertEquals(19_383L, f.notes().get("CRLF line endings"));
        assertEquals(7017666017L, v.videoId(0));
        long claims = java.util.stream.IntStream.range(0, v.size()).filter(v::claim).count();
        assertEquals(9_608, claims);
        assertTrue(java.util.stream.LongStream.range(0, v.size()).anyMatch(i -> v.videoId((int) i) > Integer.MAX_VALUE));
    }

    @Test
    void readsCrlfQuotedCommasAndLongIds() throws IOException {
        write(HEADER + "\r\n1,claim,9999873075,59,\"a friend said that x, y and \"\"z\"\" are true\",not verified,"
                + "banned,100,50,10,5,1\r\n");
        TikTokVideos v = TikTokVideos.read(dir, ReadOptions.LENIENT);
        assertEquals(1, v.size());
        assertEquals(9_999_873_075L, v.videoId(0));
        assertEquals("a friend said that x, y and \"z\" are true", v.transcript(0));
        assertEquals(TikTokVideos.AuthorStatus.BANNED, v.authorStatus(0));
        assertEquals(2L, v.report().files().get(0).notes().get("CRLF line endings"));
    }

    @Test
    void skipsAndCountsRowsWithNaCountsAndEmptyFields() throws IOException {
        write(HEADER + "\n1,claim,1,10,text one,verified,active,100,50,10,5,1\n"
                + "2,,2,10,,not verified,active,#N/A,#N/A,#N/A,#N/A,#N/A\n"
                + "3,opinion,3,10,text three,not verified,active,#N/A,1,1,1,1\n");
        TikTokVideos v = TikTokVideos.read(dir, ReadOptions.LENIENT);
        FileReport f = v.report().files().get(0);
        assertEquals(1, v.size());
        assertEquals(1L, f.skipped().get("missing claim_status"));
        assertEquals(1L, f.skipped().get("missing video_view_count"));
        assertTrue(f.summary().contains("3 rows, 1 kept, 2 skipped"), f.summary());
    }

    @Test
    void strictModeFailsOnTheFirstRowItWouldSkip() throws IOException {
        write(HEADER + "\n1,claim,1,10,text,verified,active,1,1,1,1,1\n2,,2,10,,verified,active,#N/A,1,1,1,1\n");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> TikTokVideos.read(dir, ReadOptions.STRICT));
        assertEquals(3, e.line());
        assertEquals("claim_status", e.column());
        assertTrue(e.getMessage().startsWith(dir.resolve("tiktok_dataset.csv") + ": line 3, column"
                + " 'claim_status': missing claim_status"),
                e.getMessage());
    }

    @Test
    void aMissingColumnIsAStructuralError() throws IOException {
        write(HEADER.replace(",video_comment_count", "") + "\n1,claim,1,10,t,verified,active,1,1,1,1\n");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> TikTokVideos.read(dir, ReadOptions.LENIENT));
        assertEquals(1, e.line());
        assertEquals("video_comment_count", e.column());
        assertTrue(e.rule().startsWith("required column is missing"), e.getMessage());
    }

    @Test
    void aWrongTypeInARequiredColumnIsAStructuralError() throws IOException {
        write(HEADER + "\n1,claim,1,10,t,verified,active,1,1,1,1,1\n2,claim,abc,10,t,verified,active,1,1,1,1,1\n");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> TikTokVideos.read(dir, ReadOptions.LENIENT));
        assertEquals(dir.resolve("tiktok_dataset.csv") + ": line 3, column 'video_id': expected an integer, got"
                + " 'abc'", e.getMessage());
    }

    @Test
    void anEmptyFileIsAStructuralError() throws IOException {
        write("");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> TikTokVideos.read(dir, ReadOptions.LENIENT));
        assertEquals(dir.resolve("tiktok_dataset.csv") + ": the file is empty; expected a header row", e.getMessage());
    }

    @Test
    void aByteOrderMarkIsStrippedFromTheFirstColumnName() throws IOException {
        write("\uFEFF" + HEADER + "\n1,claim,1,10,t,verified,active,1,1,1,1,1\n");
        TikTokVideos v = TikTokVideos.read(dir, ReadOptions.LENIENT);
        assertEquals(1, v.size());
        assertEquals(1L, v.report().files().get(0).notes().get("UTF-8 byte-order mark"));
    }

    @Test
    void aZeroDurationIsKeptAsUnknownAndCounted() throws IOException {
        write(HEADER + "\n1,claim,1,0,t,verified,active,1,1,1,1,1\n");
        TikTokVideos v = TikTokVideos.read(dir, ReadOptions.LENIENT);
        assertEquals(0.0, v.durationSeconds(0));
        assertEquals(1L, v.report().files().get(0).notes().get("video_duration_sec <= 0 (kept as unknown)"));
    }

    @Test
    void aBareCrInsideAQuotedTranscriptStaysInTheText() throws IOException {
        write(HEADER + "\r\n1,claim,1,10,\"line one\rline two\",verified,active,1,1,1,1,1\r\n");
        TikTokVideos v = TikTokVideos.read(dir, ReadOptions.LENIENT);
        assertEquals("line one\rline two", v.transcript(0));
    }

    @Test
    void theCompositeScoreWeighsMinMaxNormalisedCounts() throws IOException {
        // Item 1 has every count at the maximum, item 0 at the minimum; item 2 has only the
        // maximum like count: 0.3 · 1 = 0.3.
        write(HEADER + "\n1,claim,1,10,a,verified,active,0,0,0,0,0\n2,claim,2,10,b,verified,active,10,10,10,10,10\n"
                + "3,claim,3,10,c,verified,active,0,10,0,0,0\n");
        TikTokVideos v = TikTokVideos.read(dir, ReadOptions.LENIENT);
        assertEquals(0.0, v.engagementScore(0), 1e-12);
        assertEquals(1.0, v.engagementScore(1), 1e-12);
        assertEquals(0.3, v.engagementScore(2), 1e-12);
        TikTokVideos likeOnly = TikTokVideos.read(dir, ReadOptions.LENIENT,
                new EngagementWeights(1.0, 0.0, 0.0, 0.0, 0.0));
        assertEquals(1.0, likeOnly.engagementScore(2), 1e-12);
    }
}
