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
 * @param loader      reads an agent of this type saved with
 *                    {@link org.feedgym.agents.SavableAgent#save}, or {@code null} when agents of
 *                    this type cannot be saved
 * @param <P>         parameter record type
 */
public record AgentType<P>(String type, String description, Class<P> parameters,
                           BiFunction<P, AgentContext, Agent> factory, AgentLoader loader) {

    /** A type whose agents cannot be saved and loaded. */
    public AgentType(String type, String description, Class<P> parameters,
                     BiFunction<P, AgentContext, Agent> factory) {
        this(type, description, parameters, factory, null);
    }

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
