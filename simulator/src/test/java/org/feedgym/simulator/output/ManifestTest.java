package org.feedgym.simulator.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.feedgym.simulator.config.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    private static final ObjectMapper MAPPER = Json.strictMapper();
    private static final Instant START = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void aSweepManifestReadsBackEqualAndHasNoFieldsOfOtherKinds(@TempDir Path dir) throws Exception {
        Manifest m = Manifest.of("sweep.json", "{}\n", 42, 2, START, START.plusSeconds(3)).withSweep("local", 6, 1, 0);
        Path file = dir.resolve("manifest.json");
        Files.writeString(file, m.toJson(MAPPER));
        assertEquals(m, Manifest.read(file));
        String text = Files.readString(file);
        assertTrue(text.contains("\"inputFiles\" : [ ],\n  \"engine\" : \"local\","), text);
        assertFalse(text.contains("savedAgents") || text.contains("timings") || text.contains("study"), text);
    }

    @Test
    void theCommonFieldsComeFirstInTheirOrder() throws Exception {
        String text = Manifest.of("c.json", "{}\n", 1, 1, START, START).toJson(MAPPER);
        String[] order = {"feedgymVersion", "javaVersion", "javaVendor", "os", "arch", "configFile", "configSha256",
            "rootSeed", "threads", "startTime", "endTime", "deterministic", "gitCommit", "nd4jBackend", "dependencies",
            "inputFiles"};
        int last = -1;
        for (String key : order) {
            int at = text.indexOf("\"" + key + "\"");
            assertTrue(at > last, key + " out of order in " + text);
            last = at;
        }
        assertEquals(Manifest.sha256("{}\n"), Manifest.of("c.json", "{}\n", 1, 1, START, START).configSha256());
    }
}
