package org.feedgym.agents;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An agent that can be written to a directory and read back by
 * {@link org.feedgym.agents.registry.AgentRegistry#load(Path)}. The directory holds a JSON
 * description named {@value #DESCRIPTION_FILE} whose {@code "type"} names the registry type that
 * reads it, plus whatever files the type needs (a model file, say). A loaded agent takes exactly
 * the actions of the saved one on the same observations.
 */
public interface SavableAgent extends Agent {

    /** The JSON description every saved agent directory holds. */
    String DESCRIPTION_FILE = "agent.json";

    /**
     * Writes the agent into {@code dir}, which is created if missing; files of the same names are
     * overwritten.
     *
     * @throws java.io.IOException when a file cannot be written
     */
    void save(Path dir) throws IOException;
}
