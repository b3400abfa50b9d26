package org.feedgym.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.feedgym.env.data.DataPaths;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each shipped real-data experiment runs end to end on the data in {@code shared/data} (with 60
 * users instead of 500), records its input files in the manifest, and reuses its embedding
 * cache on a second run. Skipped, with the reason, where the data is absent.
 */
class RealDataExperimentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"tiktok-claims", "kuairand", "movielens", "kuairec"})
    void theExperimentRunsOnTheRealDataAndIsRecorded(String dataset, @TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(DataPaths.root().isPresent(),
                "shared/data not found (set -Dfeedgym.data or FEEDGYM_DATA): real-data experiment skipped");
        JsonNode first = StudyRuns.run(dataset + ".json", t -> t.with("evaluation").put("users", 60), dir.resolve("a"));
        assertEquals(4, first.get("agents").size());
        for (JsonNode agent : first.get("agents")) {
            assertEquals("ok", agent.get("status").asText(), agent.toString());
            assertEquals(60, agent.at("/metrics/return/n").asInt());
        }
        ObjectMapper mapper = new ObjectMapper();
        JsonNode manifest = mapper.readTree(dir.resolve("a/manifest.json").toFile());
        assertTrue(manifest.get("inputFiles").size() >= 1, manifest.toString());
        for (JsonNode f : manifest.get("inputFiles")) {
            assertEquals(64, f.get("sha256").asText().length());
            assertTrue(f.get("bytes").asLong() > 0);
        }
        StudyRuns.run(dataset + ".json", t -> t.with("evaluation").put("users", 60), dir.resolve("b"));
        JsonNode second = mapper.readTree(dir.resolve("b/manifest.json").toFile());
        assertTrue(second.get("embeddingFromCache").asBoolean(), "the second run must reuse the embedding cache");
    }
}
