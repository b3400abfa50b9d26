package org.feedgym.simulator.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.agents.registry.SavedAgentParameters;
import org.feedgym.env.world.World;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.run.ExperimentRunner;
import org.feedgym.simulator.run.RunService;
import org.feedgym.simulator.study.StudyRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code feedgym validate CONFIG}: checks an experiment or study config without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a config without running it; prints the first problem with its JSON path.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "experiment config (JSON)")
    Path config;

    @Override
    public Integer call() {
        try {
            if (StudyRegistry.isStudy(config)) {
                StudyRegistry.Loaded<?> study = StudyRegistry.builtIn().load(config);
                System.out.println(config + ": valid (" + study.config().study() + " study '" + study.config().name()
                        + "', " + study.describe() + "; run it with 'feedgym study')");
                return 0;
            }
            LoadedConfig loaded = new ConfigLoader(AgentRegistry.builtIn()).load(config);
            String fits = checkSavedAgents(loaded);
            if (fits != null) {
                System.err.println("error: " + fits);
                return FeedGymCli.EXIT_BAD_INPUT;
            }
            System.out.println(config + ": valid (experiment '" + loaded.config().name() + "', "
                    + loaded.agents().size() + " agents, " + loaded.config().evaluation().users() + " users x "
                    + loaded.config().evaluation().replicates() + " replicates)");
            return 0;
        } catch (ConfigException e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        }
    }

    /**
     * Builds the world and loads every saved agent into it when the config has any, so that one
     * saved for another world is reported here; the problem in one line, or null.
     */
    private static String checkSavedAgents(LoadedConfig loaded) {
        if (loaded.agents().stream().noneMatch(a -> a.parameters() instanceof SavedAgentParameters)) {
            return null;
        }
        try {
            World world = RunService.buildWorld(loaded, null);
            new ExperimentRunner(AgentRegistry.builtIn()).loadSavedAgents(loaded, world);
            return null;
        } catch (RunService.InputException e) {
            return e.getMessage();
        } catch (UncheckedIOException e) {
            return loaded.source() + ": $.agents: " + e.getCause().getMessage();
        }
    }
}
