package org.feedgym.simulator.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpisodesTest {

    private static final double ODD_NAN = Double.longBitsToDouble(0x7ff8_0000_dead_beefL);

    /** Records with awkward values: NaN (two payloads), infinities, -0.0, empty and filled arrays, unicode names. */
    static List<EpisodeRecord> awkward() {
        List<EpisodeRecord> records = new ArrayList<>();
        String[] personas = {"teen", "téen-vulnérable 🐙", "成人", "teen"};
        for (int u = 0; u < personas.length; u++) {
            double[] none = {};
            double[] some = {Double.NaN, -0.0, Double.POSITIVE_INFINITY, ODD_NAN, Double.MIN_VALUE};
            records.add(new EpisodeRecord(u % 2 == 0 ? "mf" : "agént ☃", u, u, Long.MIN_VALUE + u, personas[u],
                    u == 0 ? -0.0 : Double.NEGATIVE_INFINITY, u, 2, Double.MAX_VALUE, 1, 2, 3, 4, 5, 6, ODD_NAN,
                    Double.NaN, 0, 0.0, 1.0, Double.NaN, -1e-300, u % 2 == 0 ? none : some, Double.POSITIVE_INFINITY,
                    u == 3 ? "churned" : "bored", some, none, u % 2 == 0 ? some : none, -0.0, Double.NaN, 0.5,
                    Double.NaN, Double.NEGATIVE_INFINITY, ODD_NAN));
        }
        return records;
    }

    private static void assertBitForBit(List<EpisodeRecord> expected, List<EpisodeRecord> actual) {
        assertEquals(expected, actual);
        for (int i = 0; i < expected.size(); i++) {
            EpisodeRecord a = expected.get(i);
            EpisodeRecord b = actual.get(i);
            assertEquals(Double.doubleToRawLongBits(a.harmfulWatchSeconds()),
                    Double.doubleToRawLongBits(b.harmfulWatchSeconds()));
            assertEquals(Double.doubleToRawLongBits(a.totalReturn()), Double.doubleToRawLongBits(b.totalReturn()));
            assertEquals(Double.doubleToRawLongBits(a.bepShareDrop()), Double.doubleToRawLongBits(b.bepShareDrop()));
            double[] x = a.harmfulShareByItemCheckpoint();
            double[] y = b.harmfulShareByItemCheckpoint();
            for (int k = 0; k < x.length; k++) {
                assertEquals(Double.doubleToRawLongBits(x[k]), Double.doubleToRawLongBits(y[k]));
            }
        }
    }

    @Test
    void recordsRoundTripExactlyThroughAFile(@TempDir Path dir) {
        List<EpisodeRecord> records = awkward();
        try (EpisodeLog log = EpisodeLog.in(dir.resolve("log"))) {
            EpisodeLog.Writer out = log.writer();
            records.forEach(out::write);
            Episodes episodes = out.finish();
            assertEquals(records.size(), episodes.size());
            assertBitForBit(records, episodes.toList());
            // Read twice, and after another segment: each is decoded with its own dictionary.
            List<EpisodeRecord> reversed = new ArrayList<>(records);
            java.util.Collections.reverse(reversed);
            EpisodeLog.Writer second = log.writer();
            reversed.forEach(second::write);
            List<EpisodeRecord> both = new ArrayList<>(records);
            both.addAll(reversed);
            assertBitForBit(both, episodes.then(second.finish()).toList());
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void recordsRoundTripExactlyInMemoryAndThroughSerialisation() throws Exception {
        List<EpisodeRecord> records = awkward();
        Episodes episodes = Episodes.of(records);
        assertBitForBit(records, episodes.toList());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(episodes.then(Episodes.NONE).then(episodes));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Episodes read = (Episodes) in.readObject();
            List<EpisodeRecord> twice = new ArrayList<>(records);
            twice.addAll(records);
            assertBitForBit(twice, read.toList());
        }
        assertEquals(0, Episodes.of(List.of()).size());
    }

    @Test
    void aFileSegmentSerialisesWithItsBytesAndMovesIntoALog(@TempDir Path dir) throws Exception {
        List<EpisodeRecord> records = awkward();
        byte[] serialised;
        try (EpisodeLog log = EpisodeLog.in(dir.resolve("a"))) {
            EpisodeLog.Writer out = log.writer();
            records.forEach(out::write);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream objects = new ObjectOutputStream(bytes)) {
                objects.writeObject(out.finish());
            }
            serialised = bytes.toByteArray();
        }
        Episodes read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialised))) {
            read = (Episodes) in.readObject();
        }
        try (EpisodeLog log = EpisodeLog.in(dir.resolve("b"))) {
            Episodes kept = read.keptIn(log);
            try (var files = Files.list(log.directory())) {
                assertEquals(1, files.count());
            }
            assertBitForBit(records, kept.toList());
        }
    }

    @Test
    void closingTheLogDeletesItsFilesAndTheirEpisodesCanNoLongerBeRead(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("log");
        Episodes episodes;
        try (EpisodeLog log = EpisodeLog.in(folder)) {
            EpisodeLog.Writer out = log.writer();
            awkward().forEach(out::write);
            episodes = out.finish();
            assertTrue(Files.isDirectory(folder));
        }
        assertFalse(Files.exists(folder));
        assertThrows(UncheckedIOException.class, episodes::toList);
    }
}
