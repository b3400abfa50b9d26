package org.feedgym.simulator.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code feedgym validate CONFIG}: checks a config without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a config without running it; prints the first problem with its JSON path.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "experiment config (JSON)")
    Path config;

    @Override
    public Integer call() {
        try {
            LoadedConfig loaded = new ConfigLoader(AgentRegistry.builtIn()).load(config);
            System.out.println(config + ": valid (experiment '" + loaded.config().name() + "', "
                    + loaded.agents().size() + " agents, " + loaded.config().evaluation().users() + " users x "
                    + loaded.config().evaluation().replicates() + " replicates)");
            return 0;
        } catch (ConfigException e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        }
    }
}
