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
 * @param sequential  true when an evaluation must run this type's replicates one after another, in
 *                    replicate order, whatever its thread count: its agents act through one channel
 *                    that replicates cannot share, and their answers may depend on the order of
 *                    the calls (a Python policy over {@code feedgym serve}'s pipe, which may keep
 *                    state). A pool still steps each replicate's users. False for every built-in type
 * @param <P>         parameter record type
 */
public record AgentType<P>(String type, String description, Class<P> parameters,
                           BiFunction<P, AgentContext, Agent> factory, AgentLoader loader, boolean sequential) {

    /** A type whose agents cannot be saved and loaded. */
    public AgentType(String type, String description, Class<P> parameters,
                     BiFunction<P, AgentContext, Agent> factory) {
        this(type, description, parameters, factory, null);
    }

    /** A type whose replicates may run in parallel. */
    public AgentType(String type, String description, Class<P> parameters,
                     BiFunction<P, AgentContext, Agent> factory, AgentLoader loader) {
        this(type, description, parameters, factory, loader, false);
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
