package org.feedgym.simulator.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import org.feedgym.env.world.WorldConfig;

/**
 * A whole experiment as written in JSON.
 *
 * @param name       experiment name: letters, digits, '.', '_' and '-' (it names the run
 *                   directory)
 * @param seed       the root seed every generator of the run derives from; default 42
 * @param world      the simulated world; defaults throughout
 * @param evaluation how agents are evaluated
 * @param agents     the agents to compare, each {@code {"type": ..., "name": ..., parameters}};
 *                   at least one. Validated by the agent registry.
 * @param metrics    parameters of the metrics
 * @param comparison paired comparisons and persona ratios
 * @param sweep      a sweep over config values, or null for a single experiment
 * @param sensitivity a global sensitivity analysis over config values ({@code feedgym sensitivity}),
 *                   or null; not together with {@code sweep}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExperimentConfig(String name, Long seed, WorldConfig world, EvaluationConfig evaluation,
                               List<JsonNode> agents, MetricsConfig metrics, ComparisonConfig comparison,
                               SweepConfig sweep, SensitivityConfig sensitivity) {

    public ExperimentConfig {
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalArgumentException("name must be 1-100 characters of letters, digits, '.', '_' or '-', got "
                    + (name == null ? "nothing" : "'" + name + "'"));
        }
        seed = seed == null ? 42L : seed;
        world = world == null ? WorldConfig.defaults() : world;
        evaluation = evaluation == null ? new EvaluationConfig(null, null) : evaluation;
        if (agents == null || agents.isEmpty()) {
            throw new IllegalArgumentException("agents must list at least one agent, e.g. [{\"type\": \"random\"}]");
        }
        agents = List.copyOf(agents);
        agents.forEach(a -> Objects.requireNonNull(a, "agents must not contain null"));
        metrics = metrics == null ? MetricsConfig.defaults() : metrics;
        comparison = comparison == null ? new ComparisonConfig(null, null, null, null, null) : comparison;
        if (sweep != null && sensitivity != null) {
            throw new IllegalArgumentException("a config has either a \"sweep\" or a \"sensitivity\" section, not both");
        }
    }
}
