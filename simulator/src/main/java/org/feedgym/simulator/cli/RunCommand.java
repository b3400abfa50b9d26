package org.feedgym.simulator.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.run.RunService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code feedgym run CONFIG [--out DIR]}: runs an experiment and writes its run directory. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run an experiment config; writes config.resolved.json, manifest.json, summary.json"
                + " and episodes.csv to the run directory.")
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "experiment config (JSON)")
    Path config;

    @Option(names = "--out", paramLabel = "DIR",
            description = "run directory to create (default: runs/<name>-<timestamp>); must not exist or be empty")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "worker threads (default: available processors); results do not depend on it")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        AgentRegistry registry = AgentRegistry.builtIn();
        ConfigLoader loader = new ConfigLoader(registry);
        LoadedConfig loaded;
        try {
            loaded = loader.load(config);
        } catch (ConfigException e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1) {
            System.err.println("error: --threads must be >= 1, got " + t);
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        Path dir = out != null ? out : defaultDirectory(loaded.config().name());
        RunService.Result result;
        try {
            result = new RunService(registry, loader.mapper(), Clock.systemUTC()).run(loaded, dir, t);
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        System.out.print(SummaryTable.render(result.summary()));
        System.out.println();
        Path cwd = Path.of("").toAbsolutePath();
        Path shown = result.directory().startsWith(cwd) ? cwd.relativize(result.directory()) : result.directory();
        System.out.println("Run written to " + shown);
        return 0;
    }

    private static Path defaultDirectory(String name) {
        String stamp = LocalDateTime.now(Clock.systemDefaultZone()).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path dir = Path.of("runs", name + "-" + stamp);
        for (int i = 2; Files.exists(dir); i++) {
            dir = Path.of("runs", name + "-" + stamp + "-" + i);
        }
        return dir;
    }

}
