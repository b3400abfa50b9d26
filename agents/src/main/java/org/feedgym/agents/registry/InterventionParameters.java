package org.feedgym.agents.registry;

import java.util.Objects;

/**
 * The parameters of an intervention entry after validation: its own parameter record and the
 * resolved agent it wraps (the entry's {@code "agent"}).
 *
 * @param own   the intervention's parameter record, e.g. a
 *              {@link org.feedgym.agents.intervention.DiversifyParameters}
 * @param agent the wrapped agent, itself possibly an intervention
 */
public record InterventionParameters(Object own, ResolvedAgent agent) {
    public InterventionParameters {
        Objects.requireNonNull(own, "own");
        Objects.requireNonNull(agent, "agent");
    }
}
