package org.feedgym.agents.registry;

import java.io.IOException;
import java.nio.file.Path;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;

/** Reads an agent saved by {@link org.feedgym.agents.SavableAgent#save(Path)}. */
@FunctionalInterface
public interface AgentLoader {

    /**
     * @param dir     the directory the agent was saved into
     * @param loading the context of the world the agent will act in: it supplies the catalog, and
     *                the world must offer as many candidates, and observations of the same layout,
     *                as the one the agent was saved from
     * @throws IOException when the files are missing, unreadable, not of this type or saved for
     *                     another world
     */
    Agent load(Path dir, AgentContext loading) throws IOException;
}
