package org.feedgym.agents.registry;

import java.util.Objects;

/**
 * An agent entry of a config after validation: its type, its unique name in the experiment and
 * its typed parameter record (every default filled in).
 *
 * @param type       registry type
 * @param name       unique name in the experiment (defaults to the type)
 * @param parameters the parameter record of the type
 */
public record ResolvedAgent(String type, String name, Object parameters) {
    public ResolvedAgent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parameters, "parameters");
    }
}
