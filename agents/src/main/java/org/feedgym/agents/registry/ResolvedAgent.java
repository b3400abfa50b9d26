package org.feedgym.agents.registry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.feedgym.env.UserSideIntervention;

/**
 * An agent entry of a config after validation: its type, its unique name in the experiment, its
 * typed parameter record (every default filled in) and the user-side interventions that wrap the
 * environment it is evaluated in.
 *
 * @param type        registry type
 * @param name        unique name in the experiment (defaults to the type)
 * @param parameters  the parameter record of the type
 * @param environment the entry's {@code "environment"} list, innermost first; empty for none
 */
public record ResolvedAgent(String type, String name, Object parameters, List<UserSideIntervention> environment) {
    public ResolvedAgent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parameters, "parameters");
        environment = List.copyOf(environment);
    }

    /**
     * The saved agent this entry reads: its own parameters for a {@code saved} entry, the innermost
     * agent's for an intervention stack around one; empty otherwise.
     */
    public Optional<SavedAgentParameters> saved() {
        ResolvedAgent a = this;
        while (a.parameters() instanceof InterventionParameters wrapped) {
            a = wrapped.agent();
        }
        return a.parameters() instanceof SavedAgentParameters s ? Optional.of(s) : Optional.empty();
    }

    /** An entry without user-side interventions. */
    public ResolvedAgent(String type, String name, Object parameters) {
        this(type, name, parameters, List.of());
    }
}
