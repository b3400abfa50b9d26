package org.feedgym.simulator.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.check.CheckReport;
import org.feedgym.env.check.EnvChecker;
import org.feedgym.env.check.VectorEnvChecker;
import org.feedgym.env.world.World;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.config.ConfigKind;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.offline.LoadedOffline;
import org.feedgym.simulator.offline.OfflineConfigLoader;
import org.feedgym.simulator.run.ExperimentRunner;
import org.feedgym.simulator.run.RunService;
import org.feedgym.simulator.study.StudyRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code feedgym validate CONFIG}: checks an experiment, study or offline config without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a config without running it (the first problem with its JSON path), then build its world "
                + "and run the environment checker on it, one line per check.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "experiment config (JSON)")
    Path config;

    @Override
    public Integer call() {
        try {
            ConfigKind kind = ConfigKind.of(config);
            if (kind == ConfigKind.STUDY) {
                StudyRegistry.Loaded<?> study = StudyRegistry.builtIn().load(config);
                System.out.println(config + ": valid (" + study.config().study() + " study '" + study.config().name()
                        + "', " + study.describe() + "; run it with 'feedgym study')");
                return 0;
            }
            if (kind == ConfigKind.OFFLINE) {
                LoadedOffline offline = new OfflineConfigLoader(AgentRegistry.builtIn()).load(config);
                System.out.println(config + ": valid (offline config '" + offline.config().name() + "', "
                        + offline.recommenders().size() + " recommenders on a " + offline.config().source().type()
                        + " log; run it with 'feedgym offline')");
                return 0;
            }
            LoadedConfig loaded = new ConfigLoader(AgentRegistry.builtIn()).load(config);
            String fits = checkSavedAgents(loaded);
            if (fits != null) {
                System.err.println("error: " + fits);
                return FeedGymCli.EXIT_BAD_INPUT;
            }
            return checkEnvironments(loaded);
        } catch (ConfigException e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        }
    }

    /**
     * Builds the configured world (its data files read: a config is valid only once they are) and
     * runs the environment checkers on its single-user and vector environments (as the config
     * wraps them), printing one line per check.
     */
    private Integer checkEnvironments(LoadedConfig loaded) {
        World world;
        try {
            world = RunService.buildWorld(loaded, null);
        } catch (RunService.InputException e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        System.out.println(config + ": valid (experiment '" + loaded.config().name() + "', "
                + loaded.agents().size() + " agents, " + loaded.config().evaluation().users() + " users x "
                + loaded.config().evaluation().replicates() + " replicates)");
        int stepLimit = loaded.config().world().episode().maxSteps() + 1;
        CheckReport single = EnvChecker.report(world::environment, 3, stepLimit);
        CheckReport vector = VectorEnvChecker.report(() -> world.vectorEnvironment(null), 16, stepLimit);
        if (loaded.config().world().creators() != null) {
            vector = vector.notApplicable(VectorEnvChecker.INDEPENDENT_USER_CHECKS,
                    "users are coupled through the creators' uploads");
        }
        try (VectorEnvironment described = world.vectorEnvironment(null)) {
            System.out.println("environment " + world.environment().spec().stack() + " (3 seeded episodes):");
            single.lines().forEach(l -> System.out.println("  " + l));
            System.out.println("vector environment " + described.spec().stack() + " (16 users, "
                    + described.autoresetMode().name().toLowerCase(java.util.Locale.ROOT) + " autoreset):");
            vector.lines().forEach(l -> System.out.println("  " + l));
        }
        if (!single.passed() || !vector.passed()) {
            System.err.println("error: " + loaded.source() + ": the configured world fails the environment checker");
            return FeedGymCli.EXIT_INTERNAL;
        }
        return 0;
    }

    /**
     * Builds the world and loads every saved agent into it when the config has any, so that one
     * saved for another world is reported here; the problem in one line, or null.
     */
    private static String checkSavedAgents(LoadedConfig loaded) {
        if (loaded.agents().stream().noneMatch(a -> a.saved().isPresent())) {
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
