package org.feedgym.simulator.sweep;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.feedgym.simulator.config.Json;
import org.feedgym.simulator.metrics.Summary;

/**
 * A sweep's {@code summary.json}, written and read by Jackson: every trial with its sweep values and
 * the agents of its own {@link Summary}.
 *
 * @param experiment the sweep config's name
 * @param seed       its root seed
 * @param parameters the swept config paths, in sweep order
 * @param trials     every trial in sweep order, failed ones included
 */
@JsonPropertyOrder({"experiment", "seed", "parameters", "trials"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SweepSummary(String experiment, long seed, List<String> parameters, List<Trial> trials) {

    public SweepSummary {
        parameters = List.copyOf(parameters);
        trials = List.copyOf(trials);
    }

    /**
     * One trial.
     *
     * @param id     {@code trial-000} upward
     * @param values config path → the value this trial sets, in sweep order (any JSON value)
     * @param status ok or failed
     * @param error  why the trial failed; null when ok
     * @param agents the agents of the trial's own summary; null when the trial failed
     */
    @JsonPropertyOrder({"id", "values", "status", "error", "agents"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Trial(String id, Map<String, JsonNode> values, Summary.Status status, String error,
                        List<Summary.AgentSummary> agents) {

        public Trial {
            // Sweep order, not Map.copyOf's.
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            agents = agents == null ? null : List.copyOf(agents);
        }

        /** True when the trial ran. */
        @JsonIgnore
        public boolean ok() {
            return status == Summary.Status.OK;
        }

        /** The values as compact JSON, {@code {"path":value,...}}, for tables. */
        public String valuesText() {
            return JsonNodeFactory.instance.objectNode().setAll(values).toString();
        }
    }

    private static final ObjectMapper READER = Json.strictMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** True when {@code dir} holds a sweep (its plan) rather than a single run. */
    public static boolean isSweepDirectory(Path dir) {
        return Files.isRegularFile(dir.resolve("sweep-plan.json"));
    }

    /** Reads a sweep's {@code summary.json}; fields of a newer FeedGym are passed over. */
    public static SweepSummary read(Path file) throws IOException {
        return READER.readValue(file.toFile(), SweepSummary.class);
    }

    /** The summary as FeedGym writes it: indented JSON and a final newline. */
    public String toJson(ObjectMapper mapper) throws IOException {
        return mapper.writeValueAsString(this) + "\n";
    }
}
