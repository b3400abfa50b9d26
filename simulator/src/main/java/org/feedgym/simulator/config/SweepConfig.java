package org.feedgym.simulator.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sweep over config values. Exactly one form:
 * <ul>
 *   <li>{@code grid}: parameter path → values; every combination is a trial, the first
 *       parameter varying slowest, e.g.
 *       {@code {"world.reward.harmPenalty": [0, 0.5, 1], "seed": [1, 2]}} gives 6 trials;</li>
 *   <li>{@code list}: one object of parameter path → value per trial.</li>
 * </ul>
 * A parameter path names any value of the resolved config with dots and indices:
 * {@code world.candidates.k}, {@code agents[1].epsilon}, {@code seed}.
 *
 * @param grid the grid form, or null
 * @param list the list form, or null
 */
public record SweepConfig(Map<String, List<JsonNode>> grid, List<Map<String, JsonNode>> list) {

    public SweepConfig {
        if ((grid == null) == (list == null)) {
            throw new IllegalArgumentException("a sweep needs exactly one of \"grid\" or \"list\"");
        }
        if (grid != null) {
            if (grid.isEmpty()) {
                throw new IllegalArgumentException("grid must name at least one parameter");
            }
            Map<String, List<JsonNode>> copy = new LinkedHashMap<>();
            for (Map.Entry<String, List<JsonNode>> e : grid.entrySet()) {
                if (e.getValue() == null || e.getValue().isEmpty()) {
                    throw new org.feedgym.env.params.FieldException("grid['" + e.getKey() + "']",
                            "must list at least one value");
                }
                copy.put(e.getKey(), List.copyOf(e.getValue()));
            }
            grid = Collections.unmodifiableMap(copy);
        } else {
            if (list.isEmpty()) {
                throw new IllegalArgumentException("list must hold at least one trial");
            }
            List<Map<String, JsonNode>> copy = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Map<String, JsonNode> trial = list.get(i);
                if (trial == null || trial.isEmpty()) {
                    throw new IllegalArgumentException("list[" + i + "] must set at least one parameter");
                }
                copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(trial)));
            }
            list = List.copyOf(copy);
        }
    }
}
