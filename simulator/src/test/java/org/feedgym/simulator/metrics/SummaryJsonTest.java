package org.feedgym.simulator.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.feedgym.simulator.config.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryJsonTest {

    private static final ObjectMapper MAPPER = Json.strictMapper();

    private static Summary sample() {
        Map<String, Estimate> metrics = new LinkedHashMap<>();
        metrics.put("return", new Estimate(4.0, 3.5, 4.5, 24));
        metrics.put("minutesToFirstHarmful", new Estimate(Double.NaN, Double.NaN, Double.NaN, 0));
        Summary.AgentSummary ok = new Summary.AgentSummary("greedy", "greedy-engagement", Summary.Status.OK, null, 24, 1,
                metrics, Map.of("teen", new Summary.PersonaSummary(8, Map.of("return", new Estimate(2.0, 1, 3, 8)))),
                new Summary.VulnerableToControl("teen-vulnerable", "teen",
                        Map.of("harmfulShareItems", new Estimate(2.5, Double.NaN, Double.NaN, 1))),
                new Summary.PairedDifference("random", Map.of("return", new Estimate(0.5, 0.1, 0.9, 24))));
        return new Summary("small", 7, "random", List.of(ok,
                Summary.AgentSummary.failed("dqn", "dqn", "out of memory")));
    }

    @Test
    void undefinedValuesAreWrittenAsNullAndReadBackAsNaN(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("summary.json");
        Files.writeString(file, sample().toJson(MAPPER));
        String text = Files.readString(file);
        assertTrue(text.contains("\"minutesToFirstHarmful\" : {\n        \"mean\" : null,"), text);
        Estimate read = Summary.read(file).agents().get(0).metric(MetricRegistry.MINUTES_TO_FIRST_HARMFUL).orElseThrow();
        assertTrue(Double.isNaN(read.mean()) && Double.isNaN(read.ci95High()));
        assertEquals(0, read.n());
    }

    @Test
    void aSummaryReadsBackEqualToWhatWasWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("summary.json");
        String first = sample().toJson(MAPPER);
        Files.writeString(file, first);
        assertEquals(first, Summary.read(file).toJson(MAPPER));
    }

    @Test
    void flatGroupsKeepTheirNamedFieldsFirst() throws Exception {
        String text = sample().toJson(MAPPER).replaceAll("\\s+", "");
        assertTrue(text.contains("\"byPersona\":{\"teen\":{\"episodes\":8,\"return\":{"), text);
        assertTrue(text.contains("\"vulnerableToControl\":{\"vulnerable\":\"teen-vulnerable\",\"control\":\"teen\","
                + "\"harmfulShareItems\":{\"mean\":2.5,\"ci95Low\":null,\"ci95High\":null,\"n\":1}}"), text);
        assertTrue(text.contains("\"pairedDifference\":{\"baseline\":\"random\",\"return\":{"), text);
    }

    @Test
    void aFailedAgentHasOnlyItsErrorAndAMissingBaselineIsWrittenAsNull() throws Exception {
        String text = new Summary("x", 1, null, List.of(Summary.AgentSummary.failed("dqn", "dqn", "boom")))
                .toJson(MAPPER).replaceAll("\\s+", "");
        assertEquals("{\"experiment\":\"x\",\"seed\":1,\"baseline\":null,\"agents\":[{\"id\":\"dqn\",\"type\":\"dqn\","
                + "\"status\":\"failed\",\"error\":\"boom\"}]}", text);
    }

    @Test
    void fieldsOfANewerFeedGymArePassedOverWhenReading(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("summary.json");
        Files.writeString(file, sample().toJson(MAPPER).replace("\"episodes\" : 24,",
                "\"episodes\" : 24,\n    \"runLevel\" : {\"return\": {\"mean\": 1, \"ci95Low\": 0, \"ci95High\": 2, \"n\": 5}},"));
        assertEquals(24, Summary.read(file).agents().get(0).episodes());
    }
}
