package org.feedgym.simulator.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrialRecordTest {

    private static TrialRecord record(String summary) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        files.put("summary.json", summary.getBytes(StandardCharsets.UTF_8));
        files.put("episodes.csv", "a,b\n".getBytes(StandardCharsets.UTF_8));
        return new TrialRecord("trial-001", files);
    }

    @Test
    void aCommittedRecordIsTheSameFilesOnDisk(@TempDir Path dir) throws Exception {
        assertTrue(record("{}").commitTo(dir));
        TrialRecord back = TrialRecord.read("trial-001", dir.resolve("trial-001"));
        assertEquals(record("{}").names(), back.names());
        assertArrayEquals("a,b\n".getBytes(StandardCharsets.UTF_8), back.file("episodes.csv"));
    }

    @Test
    void aSecondRecordOfTheSameTrialIsNotCommitted(@TempDir Path dir) throws Exception {
        assertTrue(record("{\"first\": 1}").commitTo(dir));
        assertFalse(record("{\"second\": 2}").commitTo(dir));
        assertEquals("{\"first\": 1}", Files.readString(dir.resolve("trial-001/summary.json")));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no staging directory is left behind");
        }
    }

    @Test
    void aFileNameLeavingTheTrialDirectoryIsRejected() {
        TreeMap<String, byte[]> files = new TreeMap<>();
        files.put("summary.json", new byte[0]);
        files.put("../escape.csv", new byte[0]);
        var e = assertThrows(IllegalArgumentException.class, () -> new TrialRecord("trial-001", files));
        assertEquals("file name must be a relative path without . or .. segments, got '../escape.csv'", e.getMessage());
    }
}
