package org.feedgym.agents.registry;

import java.io.IOException;
import java.nio.file.Path;
import org.feedgym.agents.Agent;

/** Reads an agent saved by {@link org.feedgym.agents.SavableAgent#save(Path)}. */
@FunctionalInterface
public interface AgentLoader {

    /**
     * @param dir the directory the agent was saved into
     * @throws IOException when the files are missing, unreadable or not of this type
     */
    Agent load(Path dir) throws IOException;
}
