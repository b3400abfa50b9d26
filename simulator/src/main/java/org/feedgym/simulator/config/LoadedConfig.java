package org.feedgym.simulator.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.feedgym.agents.registry.ResolvedAgent;

/**
 * A validated config.
 *
 * @param source   the file as the user named it
 * @param config   the experiment
 * @param agents   the agents, validated by the registry, in config order
 * @param resolved the resolved config (every default filled in) as written to
 *                 {@code config.resolved.json}
 */
public record LoadedConfig(String source, ExperimentConfig config, List<ResolvedAgent> agents, ObjectNode resolved) {
    public LoadedConfig {
        agents = List.copyOf(agents);
    }
}
