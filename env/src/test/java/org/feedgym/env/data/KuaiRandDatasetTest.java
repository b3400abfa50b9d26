package org.feedgym.env.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.feedgym.env.world.CatalogConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KuaiRandDatasetTest {

    private static final String HEADER = "user_id\tvideo_id\tdate\thourmin\ttime_ms\tis_click\tis_follow\tis_comment\t"
            + "is_forward\tlong_view\tplay_time_ms\tduration_ms\tcomment_stay_time\tis_profile_enter\tlabel\ttimestamp\n";

    @TempDir
    Path dir;

    private static MappedLog read(Path path, boolean strict) throws IOException {
        return DatasetRegistry.builtIn().readLog(new CatalogConfig("kuairand", null, null, null, null, null, null,
                path.toString(), null, null, null, null, strict, null, null, null, null, null, null));
    }

    /** Reading the file fails with {@code rule} at the file's path, lenient and strict alike. */
    private void assertRefusedInBothModes(String rule) {
        for (boolean strict : new boolean[] {false, true}) {
            DataFormatException e = assertThrows(DataFormatException.class, () -> read(dir, strict));
            assertEquals(dir.resolve(KuaiRandDataset.FILE) + ": " + rule, e.getMessage(), "strict " + strict);
        }
    }

    /** Writes the KuaiRand file of {@code dir}: the header, then {@code rows}. */
    private void writeLog(String rows) throws IOException {
        Files.writeString(dir.resolve(KuaiRandDataset.FILE), HEADER + rows);
    }

    @Test
    void readsTheRealLogWithLikesHatesAndUnknownDurations() throws IOException {
        MappedLog k = read(RealData.folder("kuairand-like-hate-subset"), true);
        InteractionLog log = k.interactions();
        assertEquals(41_828, log.size());
        assertEquals(664, log.userCount());
        assertEquals(9_359, log.itemCount());
        int likes = 0;
        int zeroDurations = 0;
        for (int r = 0; r < log.size(); r++) {
            likes += log.signal(r) == 1f ? 1 : 0;
            zeroDurations += Double.isNaN(k.durationMillis(r)) ? 1 : 0;
        }
        assertEquals(33_745, likes);
        assertEquals(java.util.List.of("like", "hate", "click", "long-view", "comment", "share", "follow"),
                k.signalNames());
        assertEquals(java.util.List.of(33_745, 8_083, 27_484, 19_320, 1_258, 326, 304), k.signalCounts());
        assertEquals(7_738, zeroDurations);
        assertEquals(7_738L, k.report().files().get(0).notes().get("duration_ms <= 0 (unknown duration)"));
    }

    @Test
    void keepsExtraColumnsAlignedWithTheSortedLog() throws IOException {
        writeLog("7\t20\t20220410\t1700\t2000\t1\t0\t0\t0\t1\t500\t0\t0\t0\t0\tx\n"
                + "7\t10\t20220410\t1700\t1000\t0\t0\t1\t0\t0\t100\t9000\t0\t0\t1\tx\n"
                + "3\t4294967296\t20220410\t1700\t5000\t1\t1\t0\t1\t1\t50\t60000\t0\t0\t1\tx\n");
        MappedLog k = read(dir, true);
        InteractionLog log = k.interactions();
        // Sorted by user (3 before 7), then time.
        assertEquals(3, log.userId(log.user(0)));
        assertEquals("3", k.userId(k.user(0)));
        assertEquals(4_294_967_296L, log.itemId(log.item(0)));
        assertEquals(60_000, k.durationMillis(0));
        assertEquals(1000, log.timeMillis(1));
        assertEquals(9000, k.durationMillis(1));
        assertEquals(100, k.playTimeMillis(1));
        assertEquals(true, k.signal("comment", 1));
        assertEquals(Double.NaN, k.durationMillis(2));
        assertEquals(0f, log.signal(2));
        assertEquals(1, log.userStart(1));
        assertEquals(3, log.userEnd(1));
    }

    @Test
    void aFlagOtherThanZeroOrOneIsAStructuralError() throws IOException {
        writeLog("7\t20\t20220410\t1700\t2000\t2\t0\t0\t0\t1\t500\t0\t0\t0\t0\tx\n");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> read(dir, false));
        assertEquals(dir.resolve(KuaiRandDataset.FILE) + ": line 2, column 'is_click': expected 0 or 1, got 2",
                e.getMessage());
    }

    @Test
    void aRowOfTheWrongWidthIsSkippedAndCounted() throws IOException {
        writeLog("7\t20\t20220410\t1700\t2000\t1\t0\t0\t0\t1\t500\t0\t0\t0\t0\tx\n"
                + "7\t21\t20220410\n");
        MappedLog k = read(dir, false);
        assertEquals(1, k.interactions().size());
        assertEquals(1L, k.report().files().get(0).skipped().get("row has 3 fields, header has 16"));
        assertEquals("processed_standard_kcore_15.tsv: 2 rows, 1 kept, 1 skipped"
                + " (row has 3 fields, header has 16: 1, first at line 3)", k.report().files().get(0).summary());
    }

    @Test
    void theRealLogWithATruncatedLastLineNamesThatLineInTheSummary() throws IOException {
        Path real = RealData.folder("kuairand-like-hate-subset").resolve(KuaiRandDataset.FILE);
        java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(real));
        String[] fields = lines.get(lines.size() - 1).split("\t", -1);
        lines.set(lines.size() - 1, String.join("\t", java.util.Arrays.copyOf(fields, 12)));
        Files.write(dir.resolve(KuaiRandDataset.FILE), lines);
        assertEquals("processed_standard_kcore_15.tsv: 41828 rows, 41827 kept, 1 skipped"
                + " (row has 12 fields, header has 16: 1, first at line 41829), 124 exact duplicate rows",
                read(dir, false).report().files().get(0).summary());
    }

    @Test
    void aLabelThatIsNotANumberIsAnErrorInLenientAndStrictModeAlike() throws IOException {
        writeLog("7\t20\t20220410\t1700\t2000\t1\t0\t0\t0\t1\t500\t0\t0\t0\t0\tx\n"
                + "7\t21\t20220410\t1700\t3000\t1\t0\t0\t0\t1\t500\t0\t0\t0\tyes\tx\n");
        assertRefusedInBothModes("line 3, column 'label': expected a number, got 'yes'");
    }

    @Test
    void aLabelThatIsNeitherLikeNorHateIsAnErrorInLenientAndStrictModeAlike() throws IOException {
        writeLog("7\t20\t20220410\t1700\t2000\t1\t0\t0\t0\t1\t500\t0\t0\t0\t1\tx\n"
                + "7\t21\t20220410\t1700\t3000\t1\t0\t0\t0\t1\t500\t0\t0\t0\t99\tx\n");
        assertRefusedInBothModes("line 3, column 'label': expected 1 (like) or 0 (hate), got 99: 'like' and 'hate'"
                + " read this column, so every row is one or the other");
    }

    @Test
    void aLabelWrittenAsADecimalIsTheSameNumber() throws IOException {
        writeLog("7\t20\t20220410\t1700\t2000\t1\t0\t0\t0\t1\t500\t0\t0\t0\t1.0\tx\n"
                + "7\t21\t20220410\t1700\t3000\t1\t0\t0\t0\t1\t500\t0\t0\t0\t0.0\tx\n");
        MappedLog k = read(dir, true);
        assertEquals(java.util.List.of(1, 1), k.signalCounts().subList(0, 2), "one like and one hate");
    }

    @Test
    void theRealLogWithOneCorruptLabelIsRefusedAtItsLine() throws IOException {
        Path real = RealData.folder("kuairand-like-hate-subset").resolve(KuaiRandDataset.FILE);
        java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(real));
        String[] fields = lines.get(299).split("\t", -1);
        fields[14] = "yes";
        lines.set(299, String.join("\t", fields));
        Files.write(dir.resolve(KuaiRandDataset.FILE), lines);
        DataFormatException e = assertThrows(DataFormatException.class, () -> read(dir, false));
        assertEquals(dir.resolve(KuaiRandDataset.FILE) + ": line 300, column 'label': expected a number, got 'yes'",
                e.getMessage());
    }
}
