package org.feedgym.simulator.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.config.ConfigException;
import org.feedgym.simulator.config.ConfigLoader;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.report.ReportException;
import org.feedgym.simulator.report.ReportWriter;
import org.feedgym.simulator.run.ExperimentRunner;
import org.feedgym.simulator.run.RunService;
import org.feedgym.simulator.run.TrainingRunExecutor;
import org.feedgym.simulator.sweep.EngineOptions;
import org.feedgym.simulator.sweep.EngineUnavailable;
import org.feedgym.simulator.sweep.LocalTrialExecutor;
import org.feedgym.simulator.sweep.SweepRunner;
import org.feedgym.simulator.sweep.TrialEngines;
import org.feedgym.simulator.sweep.TrialExecutor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code feedgym run CONFIG... [--out DIR]} (alias {@code sweep}): runs an experiment, or every
 * trial of its sweep, and writes the run directory. Several configs (a study made of more than one
 * experiment) are all checked before any runs, then run one after the other, each into
 * {@code DIR/<its name>/}.
 */
@Command(name = "run", aliases = "sweep", mixinStandardHelpOptions = true,
        header = "Run an experiment config (or a sweep) and write its run directory and report.",
        description = {"Run an experiment config; writes config.resolved.json, manifest.json, summary.json,",
            "episodes.csv and timeseries.csv to the run directory (with daily.csv when users return",
            "over days, training.csv when an agent learns, fidelity.json when $.world.calibration names",
            "a log), then report.html. A config with a \"sweep\" section runs every trial under",
            "DIR/trials/. Given the same --out again, a killed run resumes from its finished training",
            "runs (kept in .DIR.runs/) and a killed sweep from its finished trials, with either --engine.",
            "Several configs are all checked first, then each runs into DIR/<its name>/."})
final class RunCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "CONFIG", description = "experiment config (JSON); several run one"
            + " after the other, each into DIR/<its name>/")
    List<Path> configs;

    @Option(names = "--out", paramLabel = "DIR",
            description = "run directory (default: runs/<name>-<timestamp>); must not exist or be empty,"
                    + " or hold the same sweep to resume")
    Path out;

    @picocli.CommandLine.Mixin
    ThreadsOption threadsOption = new ThreadsOption();

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = TrialEngines.LOCAL,
            description = "where a sweep's trials, or a single run's training runs, run: local (a thread pool,"
                    + " default) or spark (optional module, see spark/README.md); results do not depend on it")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master for --engine spark: local[N], local[N,maxFailures] or spark://HOST:7077"
                    + " (default: spark.master as set by spark-submit, else local[--threads])")
    String master;

    @Option(names = "--save-agents",
            description = "also save every agent as it starts its evaluation (trained) into DIR/agents/NAME/replicate-R/;"
                    + " a {\"type\": \"saved\", \"path\": ...} agent entry reads one back (single runs only)")
    boolean saveAgents;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar (there is none when stderr is not a terminal)")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        AgentRegistry registry = AgentRegistry.builtIn();
        ConfigLoader loader = new ConfigLoader(registry);
        List<LoadedConfig> all = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path config : configs) {
            LoadedConfig loaded;
            try {
                loaded = loader.load(config);
            } catch (ConfigException e) {
                System.err.println("error: " + e.getMessage());
                return FeedGymCli.EXIT_BAD_INPUT;
            }
            if (loaded.config().sensitivity() != null) {
                System.err.println("error: " + config + ": $.sensitivity: this is a sensitivity analysis: run it with"
                        + " 'feedgym sensitivity " + config + "'");
                return FeedGymCli.EXIT_BAD_INPUT;
            }
            if (saveAgents && loaded.config().sweep() != null) {
                System.err.println("error: --save-agents applies to single runs; " + config + " is a sweep");
                return FeedGymCli.EXIT_BAD_INPUT;
            }
            if (configs.size() > 1 && !names.add(loaded.config().name())) {
                System.err.println("error: " + config + ": $.name: '" + loaded.config().name() + "' is the name of an"
                        + " earlier config of this command; each config runs into DIR/<its name>/, so names must differ");
                return FeedGymCli.EXIT_BAD_INPUT;
            }
            all.add(loaded);
        }
        java.util.OptionalInt resolved = threadsOption.resolve();
        if (resolved.isEmpty()) {
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        int t = resolved.getAsInt();
        if (!TrialEngines.LOCAL.equals(engine) && saveAgents) {
            System.err.println("error: --save-agents needs the local engine (agents trained by --engine " + engine
                    + " are not on this machine)");
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        if (master != null && TrialEngines.LOCAL.equals(engine)) {
            System.err.println("error: --master applies to --engine spark only");
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        if (master != null && master.isBlank()) {
            System.err.println("error: --master must not be blank");
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        Path dir = out != null ? out : RunDirectories.defaultDirectory(all.get(0).config().name());
        int worst = 0;
        for (LoadedConfig loaded : all) {
            Path into = all.size() == 1 ? dir : dir.resolve(loaded.config().name());
            int code = runOne(registry, loader, loaded, into, t);
            worst = Math.max(worst, code);
        }
        return worst;
    }

    private int runOne(AgentRegistry registry, ConfigLoader loader, LoadedConfig loaded, Path dir, int t)
            throws IOException {
        try {
            return loaded.config().sweep() == null ? runSingle(registry, loader, loaded, dir, t)
                    : runSweep(registry, loader, loaded, dir, t);
        } catch (TrainingRunExecutor.RunsFailed e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_INTERNAL;
        } catch (SweepRunner.DirectoryConflict e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        } catch (ConfigException e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        }
    }

    private int runSingle(AgentRegistry registry, ConfigLoader loader, LoadedConfig loaded, Path dir, int t)
            throws IOException {
        int agents = loaded.agents().size();
        int replicates = loaded.config().evaluation().replicates();
        int users = loaded.config().evaluation().users();
        Map<String, Integer> agentIndex = new HashMap<>();
        for (int i = 0; i < agents; i++) {
            agentIndex.put(loaded.agents().get(i).name(), i);
        }
        RunService.Result result;
        try (ProgressDisplay bar = ProgressDisplay.open(loaded.config().name(), (long) agents * replicates * users,
                "users", ProgressDisplay.wanted(quiet))) {
            // Users finished per (agent, replicate): an agent's replicates run in parallel, so the
            // bar shows their sum rather than the position of the latest one.
            long[] finished = new long[agents * replicates];
            ExperimentRunner.Progress progress = new ExperimentRunner.Progress() {
                private long total;

                @Override
                public void step(String agent, int replicate, int active, int n) {
                    bar.message(agent);
                    int cell = agentIndex.get(agent) * replicates + replicate;
                    total += (n - active) - finished[cell];
                    finished[cell] = n - active;
                    bar.stepTo(total);
                }

                @Override
                public void training(String agent, int replicate, long steps, int episode, double episodeReturn) {
                    bar.message(String.format(java.util.Locale.ROOT, "%s training: step %,d, episode %d, return %.2f",
                            agent, steps, episode, episodeReturn));
                }
            };
            TrainingRunExecutor remote;
            try {
                remote = TrialEngines.openTrainingRuns(engine, new EngineOptions(t, master));
            } catch (EngineUnavailable e) {
                System.err.println("error: " + e.getMessage());
                return FeedGymCli.EXIT_BAD_INPUT;
            }
            try {
                result = new RunService(registry, loader.mapper(), Clock.systemUTC(), progress)
                        .run(loaded, dir, t, saveAgents, remote);
            } finally {
                if (remote != null) {
                    remote.close();
                }
            }
        }
        System.out.print(SummaryTable.render(result.summary()));
        System.out.println();
        System.out.println("Run written to " + RunDirectories.shown(result.directory()));
        return report(result.directory(), 0);
    }

    private int runSweep(AgentRegistry registry, ConfigLoader loader, LoadedConfig loaded, Path dir, int t)
            throws IOException, ConfigException {
        SweepRunner runner = new SweepRunner(registry, loader, Clock.systemUTC());
        SweepRunner.Result result;
        int trials = new org.feedgym.simulator.config.SweepExpander(loader).expand(loaded).size();
        TrialExecutor executor;
        try {
            executor = TrialEngines.LOCAL.equals(engine)
                    ? new LocalTrialExecutor(registry, loader.mapper(), Clock.systemUTC(), t)
                    : TrialEngines.open(engine, new EngineOptions(t, master));
        } catch (EngineUnavailable e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        }
        try (executor; ProgressDisplay bar = ProgressDisplay.open(loaded.config().name(), trials, "trials",
                ProgressDisplay.wanted(quiet))) {
            result = runner.run(loaded, dir, executor, bar::stepTo);
        }
        System.out.print(SweepTable.render(result.summary()));
        System.out.println();
        System.out.println("Sweep of " + result.trials() + " trials written to " + RunDirectories.shown(result.directory())
                + (result.reused() > 0 ? " (" + result.reused() + " finished trials reused, "
                + (result.trials() - result.reused()) + " run now)" : ""));
        int code = report(result.directory(), 0);
        if (!result.failed().isEmpty()) {
            result.failed().forEach((id, why) -> System.err.println("error: " + id + " failed: " + why));
            return FeedGymCli.EXIT_INTERNAL;
        }
        return code;
    }

    /**
     * Writes report.html into the finished run directory. This happens after the directory is
     * committed, not inside the staging directory: the report is derived from the committed
     * files alone (exactly what {@code feedgym report} reads), and a plotting failure must not
     * cost the results of a long run. The report file itself appears atomically (temporary file
     * and rename).
     */
    private static int report(Path directory, int code) {
        try {
            Path report = ReportWriter.write(directory);
            System.out.println("Report: " + RunDirectories.shown(report));
            return code;
        } catch (ReportException | IOException | RuntimeException e) {
            String why = e instanceof RuntimeException ? e.toString() : e.getMessage();
            System.err.println("error: the run is complete but its report could not be written (" + why
                    + "); try again with 'feedgym report " + RunDirectories.shown(directory) + "'");
            return FeedGymCli.EXIT_INTERNAL;
        }
    }
}
