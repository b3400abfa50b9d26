package org.feedgym.env.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.feedgym.env.world.CatalogConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedLogReaderTest {

    /** The README's mapping of the KuaiRand subset as a user would write it. */
    static final LogColumns KUAIRAND_AS_A_USER_MAPS_IT = new LogColumns("user_id", "video_id", "time_ms", "epoch-ms",
            "play_time_ms", "duration_ms", "ms", Map.of("like", "label=1", "hate", "label=0", "comment", "is_comment",
            "follow", "is_follow", "share", "is_forward"), null, null);

    private static final LogColumns SMALL_TSV = new LogColumns("uid", "item", "ts", "iso", "watch_s", "len_s", "s",
            Map.of("like", "label=pos", "hate", "label=neg", "share", "shared"), "genre", null);

    @TempDir
    Path dir;

    static Path resource(String name) {
        try {
            return Path.of(MappedLogReaderTest.class.getResource("/logs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MappedLog read(Path file, char delimiter, LogColumns columns) throws IOException {
        return MappedLogReader.read(file, delimiter, columns, ReadOptions.LENIENT, "log");
    }

    @Test
    void theRealKuaiRandSubsetMappedByColumnsHasTheCountsOfItsSourceNotes() throws IOException {
        Path file = RealData.folder("kuairand-like-hate-subset").resolve("processed_standard_kcore_15.tsv");
        MappedLog log = DatasetRegistry.builtIn().readLog(CatalogConfig.log(file.toString(), KUAIRAND_AS_A_USER_MAPS_IT));
        assertEquals(41_828, log.size());
        assertEquals(664, log.userCount());
        assertEquals(9_359, log.itemCount());
        int likes = 0;
        int hates = 0;
        int unknownDuration = 0;
        for (int r = 0; r < log.size(); r++) {
            likes += log.signal("like", r) ? 1 : 0;
            hates += log.signal("hate", r) ? 1 : 0;
            unknownDuration += Double.isNaN(log.durationMillis(r)) ? 1 : 0;
        }
        assertEquals(33_745, likes);
        assertEquals(8_083, hates);
        assertEquals(7_738, unknownDuration);
    }

    @Test
    void theRealMovieLensRatingsReadAsALog() throws IOException {
        RealData.folder("movielens-latest-small");
        MappedLog log = DatasetRegistry.builtIn().readLog(CatalogConfig.data("movielens"));
        assertEquals(100_836, log.size());
        assertEquals(610, log.userCount());
        assertEquals(9_724, log.itemCount());
        assertFalse(log.hasPlayTime());
        assertEquals(Double.NaN, log.watchRatio(0));
    }

    @Test
    void aHandWrittenTsvIsSortedPerUserByTimeWithTextIdsAndUnitsInMilliseconds() throws IOException {
        MappedLog log = read(resource("small.tsv"), '\t', SMALL_TSV);
        assertEquals(4, log.size());
        assertEquals(List.of("a", "b"), List.of(log.userId(0), log.userId(1)));
        assertEquals(List.of("v1", "v2", "v3"), List.of(log.itemId(0), log.itemId(1), log.itemId(2)));
        // User a: v2 at 08:00 before v1 at 09:00; user b: v3 at 09:30 (no zone: UTC) before v2 at 10:00.
        assertEquals(0, log.userStart(0));
        assertEquals(2, log.userEnd(0));
        assertEquals("v2", log.itemId(log.item(0)));
        assertEquals(Instant.parse("2024-01-01T08:00:00Z").toEpochMilli(), log.timeMillis(0));
        assertEquals(Instant.parse("2024-01-02T09:30:00Z").toEpochMilli(), log.timeMillis(2));
        assertEquals(Instant.parse("2024-01-01T08:00:00Z").getEpochSecond(), log.timeSeconds(0));
        assertEquals(20_000, log.playTimeMillis(0));
        assertEquals(10_000, log.durationMillis(0));
        assertEquals(2.0, log.watchRatio(0), "a replay: play time twice the duration");
        assertEquals(Double.NaN, log.durationMillis(2), "len_s = 0 is unknown");
        assertEquals(1L, log.report().files().get(0).notes().get("len_s <= 0 (unknown duration)"));
        assertTrue(log.signal("like", 0));
        assertTrue(log.signal("share", 0));
        assertTrue(log.signal("hate", 1));
        assertFalse(log.signal("like", 1));
        assertEquals(List.of(1f, 0f, 1f, 1f), List.of(log.interactions().signal(0), log.interactions().signal(1),
                log.interactions().signal(2), log.interactions().signal(3)));
        assertEquals("news", log.category(0));
        assertEquals("cats", log.category(1));
        assertEquals("", log.category(2));
    }

    @Test
    void aHandWrittenCsvWithQuotedTextAndEpochSecondsKeepsNumericIds() throws IOException {
        LogColumns columns = new LogColumns("userId", "movieId", "timestamp", "epoch-s", null, null, null,
                Map.of("like", "rating>=4"), null, "title");
        MappedLog log = read(resource("small.csv"), ',', columns);
        assertEquals(4, log.size());
        assertEquals("1", log.userId(0));
        assertEquals(1L, log.interactions().userId(0));
        assertEquals(30L, log.interactions().itemId(2));
        assertEquals(964_981_247_000L, log.timeMillis(0));
        assertEquals("Heat, The (1995)", log.text(0));
        assertFalse(log.signal("like", 0));
        assertTrue(log.signal("like", 1));
        assertEquals(Double.NaN, log.playTimeMillis(0));
    }

    @Test
    void aMissingColumnNamesTheFileAndTheColumnAndListsTheHeader() {
        LogColumns columns = new LogColumns("uid", "item", "time", null, null, null, null, null, null, null);
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> read(resource("small.tsv"), '\t', columns));
        assertEquals(resource("small.tsv") + ": line 1, column 'time': required column is missing from the"
                + " header [uid, item, ts,"
                + " watch_s, len_s, label, shared, genre]", e.getMessage());
    }

    @Test
    void aBadValueInAMappedColumnNamesFileLineAndColumn() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "u,i,t,liked\n1,2,1000,1\n1,3,2000,yes\n");
        LogColumns columns = new LogColumns("u", "i", "t", null, null, null, null, Map.of("like", "liked"), null, null);
        DataFormatException e = assertThrows(DataFormatException.class, () -> read(file, ',', columns));
        assertEquals(file + ": line 3, column 'liked': expected an integer, got 'yes'", e.getMessage());
    }

    @Test
    void aTimeThatDoesNotMatchItsPatternNamesFileLineAndColumn() throws IOException {
        Path file = dir.resolve("times.csv");
        Files.writeString(file, "u,i,t\n1,2,2024-01-01 10:00\n1,3,yesterday\n");
        LogColumns columns = new LogColumns("u", "i", "t", "yyyy-MM-dd HH:mm", null, null, null, null, null, null);
        DataFormatException e = assertThrows(DataFormatException.class, () -> read(file, ',', columns));
        assertEquals(file + ": line 3, column 't': expected a time as 'yyyy-MM-dd HH:mm', got 'yesterday'",
                e.getMessage());
    }

    @Test
    void aLogWithNoUsableRowsSaysSoWithTheFile() throws IOException {
        Path file = dir.resolve("empty.csv");
        Files.writeString(file, "u,i,t\n,2,1000\n1,,2000\n");
        LogColumns columns = new LogColumns("u", "i", "t", null, null, null, null, null, null, null);
        DataFormatException e = assertThrows(DataFormatException.class, () -> read(file, ',', columns));
        assertTrue(e.getMessage().startsWith(file + ": no usable rows (empty.csv: 2 rows, 0 kept"), e.getMessage());
    }

    @Test
    void aDirectoryWhereTheLogShouldBeNamesThePath() {
        LogColumns columns = new LogColumns("u", "i", "t", null, null, null, null, null, null, null);
        DataFormatException e = assertThrows(DataFormatException.class, () -> read(dir, ',', columns));
        assertEquals(dir + ": is a directory, expected a data file", e.getMessage());
    }

    @Test
    void aSignalRuleWithoutAColumnIsAConfigError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LogColumns("u", "i", "t",
                null, null, null, null, Map.of("like", "=1"), null, null));
        assertEquals("signals.like must have a column and a value around '=', got '=1'", e.getMessage());
    }

    @Test
    void anOperatorAsPeopleAlsoWriteItIsRefusedWithTheReadingMeant() {
        assertEquals("signals.like: 'rating=>4' is not a comparison this reads (one of != >= <= = > < between a"
                + " column and a value); did you mean 'rating>=4'?", refusedRule("rating=>4"));
        assertEquals("signals.like: 'rating==4' is not a comparison this reads (one of != >= <= = > < between a"
                + " column and a value); did you mean 'rating=4'?", refusedRule("rating==4"));
        assertEquals("signals.like: 'label<>1' is not a comparison this reads (one of != >= <= = > < between a"
                + " column and a value); did you mean 'label!=1'?", refusedRule("label<>1"));
        assertTrue(refusedRule("rating=<4").endsWith("did you mean 'rating<=4'?"));
        // The comparisons it does read still parse.
        for (String rule : List.of("rating>=4", "rating<=2", "label!=0", "label=pos", "rating>3", "rating<3")) {
            new LogColumns("u", "i", "t", null, null, null, null, Map.of("like", rule), null, null);
        }
    }

    private static String refusedRule(String rule) {
        return assertThrows(IllegalArgumentException.class, () -> new LogColumns("u", "i", "t", null, null, null, null,
                Map.of("like", rule), null, null)).getMessage();
    }

    @Test
    void aSignalTrueOnNoRowKeptIsAWarningNamingItsRule() throws IOException {
        Path file = dir.resolve("labels.csv");
        Files.writeString(file, "u,i,t,label,shared\n1,2,1000,pos,0\n1,3,2000,neg,1\n2,2,3000,pos,0\n");
        LogColumns columns = new LogColumns("u", "i", "t", null, null, null, null,
                Map.of("like", "label=Pos", "hate", "label=neg", "share", "shared"), null, null);
        assertEquals("warning: labels.csv: signal 'like' ('label=Pos') is true on none of the 3 rows kept; check its"
                + " column and value against the file", warningsReading(file, columns));
    }

    @Test
    void epochSecondsReadAsMillisecondsAreAWarningSayingWhatSecondsWouldGive() throws IOException {
        Path file = dir.resolve("seconds.csv");
        Files.writeString(file, "u,i,t\n1,2,1700000000\n1,3,1700003600\n2,2,1700500000\n");
        assertEquals("warning: seconds.csv: read as epoch-ms, the timestamps run from 1970-01-20 to 1970-01-20; as"
                + " epoch-s they would run from 2023-11-14 to 2023-11-20: check timestampFormat",
                warningsReading(file, new LogColumns("u", "i", "t", "epoch-ms", null, null, null, null, null, null)));
        assertEquals("", warningsReading(file, new LogColumns("u", "i", "t", "epoch-s", null, null, null, null, null,
                null)), "read as seconds they are plausible: no warning");
        Path relative = dir.resolve("relative.csv");
        Files.writeString(relative, "u,i,t\n1,2,0\n1,3,3600\n");
        assertEquals("", warningsReading(relative, new LogColumns("u", "i", "t", "epoch-s", null, null, null, null,
                null, null)), "times from a start of 0 are implausible in both units: no warning");
        Path millis = dir.resolve("millis.csv");
        Files.writeString(millis, "u,i,t\n1,2,1700000000000\n1,3,1700500000000\n");
        String asSeconds = warningsReading(millis, new LogColumns("u", "i", "t", "epoch-s", null, null, null, null,
                null, null));
        assertTrue(asSeconds.matches("warning: millis\\.csv: read as epoch-s, the timestamps run from \\+\\d{5}-\\d\\d-\\d\\d"
                + " to \\+\\d{5}-\\d\\d-\\d\\d; as epoch-ms they would run from 2023-11-14 to 2023-11-20: check"
                + " timestampFormat"), "whole dates past the year 9999: " + asSeconds);
    }

    /** What reading {@code file} printed on stderr, stripped. */
    private static String warningsReading(Path file, LogColumns columns) throws IOException {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream before = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            read(file, ',', columns);
        } finally {
            System.setErr(before);
        }
        return err.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
    }

    @Test
    void integerIdsThatCollideAsNumbersStayText() throws IOException {
        Path file = dir.resolve("ids.csv");
        Files.writeString(file, "u,i,t\n7,007,1000\n7,7,2000\n");
        MappedLog log = read(file, ',', new LogColumns("u", "i", "t", null, null, null, null, null, null, null));
        assertEquals(2, log.itemCount());
        assertEquals(List.of("007", "7"), List.of(log.itemId(0), log.itemId(1)));
        assertEquals(List.of(0L, 1L), List.of(log.interactions().itemId(0), log.interactions().itemId(1)));
    }
}
