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
 * @param ranker      the name of the ranker at the core of the entry: the innermost agent's name
 *                    (its own {@code "name"} or type) for an intervention stack, the entry's name
 *                    before its user-side interventions otherwise. An entry is seeded and trained
 *                    by this name, so {@code harm-filter(dqn)} wraps exactly the network {@code dqn}
 *                    trains in the same run, and is compared with it
 */
public record ResolvedAgent(String type, String name, Object parameters, List<UserSideIntervention> environment,
                            String ranker) {
    public ResolvedAgent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(ranker, "ranker");
        environment = List.copyOf(environment);
    }

    /** True when the entry wraps a ranker in ranking-side or user-side interventions. */
    public boolean isIntervention() {
        return !ranker.equals(name);
    }

    /**
     * The saved agent this entry reads: its own parameters for a {@code saved} entry, the innermost
     * agent's for an intervention stack around one; empty otherwise.
     */
    public Optional<SavedAgentParameters> saved() {
        return core().parameters() instanceof SavedAgentParameters s ? Optional.of(s) : Optional.empty();
    }

    /** The ranker at the core of the entry: the innermost agent of an intervention stack, else the entry. */
    public ResolvedAgent core() {
        ResolvedAgent a = this;
        while (a.parameters() instanceof InterventionParameters wrapped) {
            a = wrapped.agent();
        }
        return a;
    }

    /** An entry without user-side interventions. */
    public ResolvedAgent(String type, String name, Object parameters) {
        this(type, name, parameters, List.of(), name);
    }
}
