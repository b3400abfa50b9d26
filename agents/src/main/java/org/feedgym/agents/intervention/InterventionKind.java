package org.feedgym.agents.intervention;

import java.util.Objects;
import java.util.function.BiFunction;
import org.feedgym.agents.AgentContext;

/**
 * A registered ranking-side intervention: its registry type, its parameter record and how its
 * rule is made. The registry wraps the rule and the inner agent in an {@link InterventionAgent}.
 *
 * @param type        registry id used in configs, e.g. {@code diversify}
 * @param description one line for {@code feedgym agents} and the docs
 * @param parameters  the record class its own JSON parameters are read into
 * @param rule        makes its rule from its parameters and the wrapper's context
 * @param <P>         parameter record type
 */
public record InterventionKind<P>(String type, String description, Class<P> parameters,
                                  BiFunction<P, AgentContext, CandidateRule> rule) {

    public InterventionKind {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(rule, "rule");
    }

    /** The rule of a wrapper with {@code params} (of {@link #parameters()}) in {@code context}. */
    public CandidateRule createRule(Object params, AgentContext context) {
        return rule.apply(parameters.cast(params), context);
    }
}
