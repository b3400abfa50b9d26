package org.feedgym.agents.registry;

import java.util.Objects;
import java.util.function.BiFunction;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;

/**
 * A registered kind of agent.
 *
 * @param type        registry id used in configs
 * @param description one line for {@code feedgym agents} and the docs
 * @param parameters  the record class its JSON parameters are read into
 * @param factory     creates a fresh agent from parameters and context
 * @param <P>         parameter record type
 */
public record AgentType<P>(String type, String description, Class<P> parameters,
                           BiFunction<P, AgentContext, Agent> factory) {

    public AgentType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(factory, "factory");
    }

    Agent create(Object params, AgentContext context) {
        return factory.apply(parameters.cast(params), context);
    }
}
