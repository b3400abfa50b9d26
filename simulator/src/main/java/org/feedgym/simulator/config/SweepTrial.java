package org.feedgym.simulator.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One trial of a sweep.
 *
 * @param id     stable id, {@code trial-000} upward, in sweep order
 * @param values parameter path → value of this trial, in sweep order
 * @param config the trial's validated config (the base config with the values set, no sweep)
 */
public record SweepTrial(String id, Map<String, JsonNode> values, LoadedConfig config) {

    /** {@code path=value, ...} for messages and tables. */
    public String label() {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return sb.toString();
    }
}
