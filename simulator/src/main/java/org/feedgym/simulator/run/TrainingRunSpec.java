package org.feedgym.simulator.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.env.world.World;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;

/**
 * One training run (replicate {@code replicate} of agent {@code agent}) as plain data, for engines
 * that compute it in another JVM: the run's resolved config as JSON and which run it is. Computing
 * it parses the config again with the built-in agents (the resolved config reads back to the same
 * config), builds the world on the calling thread and runs
 * {@link ExperimentRunner#trainingRun}; the result goes back to the driver, which keeps it
 * ({@link TrainingRunExecutor}).
 *
 * @param source     the config's name in messages
 * @param configJson the run's resolved config
 * @param agent      the agent's index in the config's agent list
 * @param agentName  the agent's name (under which the run is kept)
 * @param replicate  the training run's index
 */
public record TrainingRunSpec(String source, String configJson, int agent, String agentName, int replicate)
        implements Serializable {

    /** Checks the fields. */
    public TrainingRunSpec {
        if (source == null || configJson == null || agentName == null) {
            throw new IllegalArgumentException("source, configJson and agentName must not be null");
        }
        if (agent < 0 || replicate < 0) {
            throw new IllegalArgumentException("agent and replicate must be >= 0, got " + agent + ", " + replicate);
        }
    }

    /** The spec of run {@code replicate} of agent {@code agent} of {@code loaded}. */
    public static TrainingRunSpec of(LoadedConfig loaded, ObjectMapper mapper, int agent, int replicate) {
        try {
            return new TrainingRunSpec(loaded.source(), mapper.writeValueAsString(loaded.resolved()), agent,
                    loaded.agents().get(agent).name(), replicate);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a resolved config is always writable", e);
        }
    }

    /** How messages name this run, e.g. {@code training run 2 of agent 'dqn'}. */
    public String describe() {
        return "training run " + replicate + " of agent '" + agentName + "'";
    }

    /**
     * Computes the run on the calling thread.
     *
     * @throws ConfigException            when the config is invalid here (an agent this JVM does not know)
     * @throws RunService.InputException when the world's data cannot be read here
     */
    public TrainingRunResult compute() throws ConfigException, RunService.InputException {
        AgentRegistry registry = AgentRegistry.builtIn();
        LoadedConfig loaded = new ConfigLoader(registry).parse(source, configJson);
        World world = RunService.buildWorld(loaded, null);
        return new ExperimentRunner(registry).trainingRun(loaded, world, agent, replicate);
    }
}
