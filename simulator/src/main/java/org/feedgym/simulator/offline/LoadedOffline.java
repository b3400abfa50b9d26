package org.feedgym.simulator.offline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.feedgym.agents.registry.ResolvedAgent;

/**
 * A validated offline config.
 *
 * @param source       the file as the user named it
 * @param config       the config (defaults filled in)
 * @param recommenders the recommenders, validated by the agent registry, in config order
 * @param threshold    the relevance threshold in force (given, or the source's default)
 * @param resolved     the resolved config as written to {@code config.resolved.json}; it loads
 *                     back to the same config
 */
public record LoadedOffline(String source, OfflineConfig config, List<ResolvedAgent> recommenders, double threshold,
                            ObjectNode resolved) {

    public LoadedOffline {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(config, "config");
        recommenders = List.copyOf(recommenders);
        Objects.requireNonNull(resolved, "resolved");
    }
}
