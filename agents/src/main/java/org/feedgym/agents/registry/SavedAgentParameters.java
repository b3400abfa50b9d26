package org.feedgym.agents.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.feedgym.agents.SavableAgent;

/**
 * Parameters of the {@code saved} type: an agent written by {@code feedgym run --save-agents} (or
 * {@link SavableAgent#save}) and read back into a new experiment.
 *
 * @param path  the saved agent's directory (holding {@value SavableAgent#DESCRIPTION_FILE}),
 *              absolute or relative to the working directory (made absolute, so the resolved
 *              config names the same directory wherever it is read); required
 * @param train whether a trainable agent trains again before evaluation; default false: it is
 *              evaluated as saved. The RL agents continue from their saved networks; the
 *              log-trained recommenders refit on a new log (their fit replaces the model)
 */
public record SavedAgentParameters(String path, Boolean train) {

    public SavedAgentParameters {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("path is required: the directory of a saved agent");
        }
        // Absolute from here on, so that the resolved config names the same directory from anywhere.
        path = Path.of(path).toAbsolutePath().normalize().toString();
        Path description = Path.of(path).resolve(SavableAgent.DESCRIPTION_FILE);
        if (!Files.isRegularFile(description)) {
            throw new IllegalArgumentException("path '" + path + "' holds no saved agent: " + description
                    + " is missing");
        }
        train = train != null && train;
    }

    /** The saved agent's directory. */
    public Path directory() {
        return Path.of(path);
    }

    /**
     * The registry type named in the saved description.
     *
     * @throws IOException when the description cannot be read or names no type
     */
    public String savedType() throws IOException {
        return AgentFiles.savedType(directory());
    }
}
