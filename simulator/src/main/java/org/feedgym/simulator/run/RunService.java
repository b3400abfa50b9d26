package org.feedgym.simulator.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ForkJoinPool;
import org.feedgym.env.world.World;
import org.feedgym.env.world.WorldFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.feedgym.agents.Agent;
import org.feedgym.agents.SavableAgent;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.simulator.config.ExperimentConfig;
import org.feedgym.simulator.config.LoadedConfig;
import org.feedgym.simulator.metrics.Summary;
import org.feedgym.simulator.metrics.SummaryBuilder;
import org.feedgym.simulator.output.EpisodesCsv;
import org.feedgym.simulator.calibration.Calibration;
import org.feedgym.simulator.calibration.CalibrationOutputs;
import org.feedgym.simulator.fidelity.FidelityJson;
import org.feedgym.simulator.output.Manifest;
import org.feedgym.simulator.output.RunComparison;
import org.feedgym.simulator.output.StagedDirectory;
import org.feedgym.simulator.output.TimeSeriesCsv;
import org.feedgym.simulator.output.TrainingCsv;

/**
 * Runs a validated config and writes its run directory: {@code config.resolved.json},
 * {@code manifest.json}, {@code summary.json}, {@code episodes.csv}, {@code timeseries.csv} and,
 * for users who live for days, {@code daily.csv} (plus the saved agents on request), all or
 * nothing.
 */
public final class RunService {

    private final AgentRegistry registry;
    private final ObjectMapper mapper;
    private final Clock clock;

    private final ExperimentRunner.Progress progress;
    private final boolean keepRuns;

    public RunService(AgentRegistry registry, ObjectMapper mapper, Clock clock) {
        this(registry, mapper, clock, ExperimentRunner.Progress.NONE);
    }

    public RunService(AgentRegistry registry, ObjectMapper mapper, Clock clock, ExperimentRunner.Progress progress) {
        this(registry, mapper, clock, progress, true);
    }

    private RunService(AgentRegistry registry, ObjectMapper mapper, Clock clock, ExperimentRunner.Progress progress,
                       boolean keepRuns) {
        this.registry = registry;
        this.mapper = mapper;
        this.clock = clock;
        this.progress = progress;
        this.keepRuns = keepRuns;
    }

    /**
     * This service, keeping no finished training runs for a resume ({@code .NAME.runs/} is neither
     * read nor written): for runs with an agent the config does not describe, such as a Python
     * policy, whose kept runs could not be told apart from another policy's.
     */
    public RunService withoutKeptRuns() {
        return new RunService(registry, mapper, clock, progress, false);
    }

    /**
     * Builds the run's world (a data catalog reports what it read and skipped in one line on
     * stderr as it loads).
     *
     * @throws InputException when the data cannot be read or does not fit the config
     */
    public static World buildWorld(LoadedConfig loaded, ForkJoinPool pool) throws InputException {
        try {
            World world = WorldFactory.create(loaded.config().world(), loaded.config().seed(), pool);
            return world;
        } catch (UncheckedIOException e) {
            String path = loaded.config().world().catalog().path();
            String where = path == null ? "" : org.feedgym.env.data.DataPaths.whereLooked(path);
            throw new InputException(loaded.source() + ": $.world.catalog: " + e.getCause().getMessage() + where, e);
        } catch (org.feedgym.env.params.FieldException e) {
            throw new InputException(loaded.source() + ": $.world." + e.field() + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new InputException(loaded.source() + ": $.world: " + e.getMessage(), e);
        }
    }

    /**
     * The fidelity section of a run whose config names a log under {@code world.calibration}:
     * FeedGym's default user model against the run's, on the log's held-out users; null without one.
     */
    private static org.feedgym.simulator.fidelity.FidelityResult fidelity(LoadedConfig loaded, ForkJoinPool pool)
            throws InputException {
        if (loaded.config().world().calibration() == null) {
            return null;
        }
        System.err.println("fidelity: comparing the run's users with the log named in $.world.calibration");
        try {
            return Calibration.ofRun(loaded.config().world(), loaded.config().seed(), pool);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            String why = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            throw new InputException(loaded.source() + ": " + CalibrationOutputs.LOG_PATH + ": " + why, e);
        }
    }

    /** Has {@code engine} compute every training run not kept in {@code kept}, keeping each as it arrives. */
    private void computeElsewhere(LoadedConfig loaded, TrainingRunCheckpoints kept, TrainingRunExecutor engine)
            throws IOException {
        List<TrainingRunSpec> pending = new java.util.ArrayList<>();
        int runs = loaded.config().evaluation().replicates();
        for (int i = 0; i < loaded.agents().size(); i++) {
            for (int r = 0; r < runs; r++) {
                if (!kept.has(loaded.agents().get(i).name(), r)) {
                    pending.add(TrainingRunSpec.of(loaded, mapper, i, r));
                }
            }
        }
        if (pending.isEmpty()) {
            return;
        }
        System.err.println("computing " + pending.size() + " training run(s) on " + engine.description());
        engine.execute(pending, (spec, result) -> kept.save(spec.agentName(), spec.replicate(), result));
    }

    /** Where {@code --save-agents} writes agent {@code name} of replicate {@code replicate} under a run directory. */
    public static Path savedAgentDirectory(Path runDirectory, String name, int replicate) {
        return runDirectory.resolve(RunComparison.SAVED_AGENTS).resolve(name).resolve("replicate-" + replicate);
    }

    /**
     * Agent names that can name a folder of their own: letters, digits, '.', '_', '-' and the
     * parentheses of intervention names such as {@code harm-filter(greedy-engagement)} (legal in
     * folder names on Linux, macOS and Windows).
     */
    private static final java.util.regex.Pattern FOLDER_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._()-]*");

    private static void checkFolderNames(LoadedConfig loaded) throws InputException {
        for (int i = 0; i < loaded.agents().size(); i++) {
            String name = loaded.agents().get(i).name();
            if (!FOLDER_NAME.matcher(name).matches()) {
                throw new InputException(loaded.source() + ": $.agents[" + i + "].name: '" + name + "' cannot name the"
                        + " folder --save-agents writes it to; use letters, digits, '.', '_', '-', '(' and ')' (starting"
                        + " with a letter or digit)", null);
            }
        }
    }

    private static void save(Agent agent, Path target) {
        if (!(agent instanceof SavableAgent savable)) {
            throw new UncheckedIOException(new IOException("agent type '" + agent.type() + "' cannot be saved"));
        }
        try {
            savable.save(target);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot save agent '" + agent.type() + "' into " + target
                    + ": " + e.getMessage(), e));
        }
    }

    /** Input (data) that cannot be used: the message names file, place and rule. */
    public static final class InputException extends IOException {
        private static final long serialVersionUID = 1L;

        InputException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The per-day series, written for runs whose users live for days ({@code world.episode.days} &ge; 1). */
    public static final String DAILY = "daily.csv";

    /** The folder of the staging directory that holds the episodes while a run is written. */
    static final String EPISODE_LOG = ".episodes";

    /**
     * What a finished run produced. The evaluations' episodes were in the run's {@link EpisodeLog},
     * deleted when the run was written: read them from {@code episodes.csv}.
     */
    public record Result(Path directory, List<AgentEvaluation> evaluations, Summary summary) {
    }

    /**
     * Runs and writes.
     *
     * @param loaded  the validated config
     * @param out     the run directory to create (must not exist or be empty)
     * @param threads worker threads
     */
    public Result run(LoadedConfig loaded, Path out, int threads) throws IOException {
        return run(loaded, out, threads, false);
    }

    /**
     * Runs and writes; with {@code saveAgents}, every agent is also saved as it starts its
     * evaluation (trained, before acting) into {@code agents/<name>/replicate-<r>/}, a directory a
     * {@code "saved"} agent entry can read.
     */
    public Result run(LoadedConfig loaded, Path out, int threads, boolean saveAgents) throws IOException {
        return run(loaded, out, threads, saveAgents, null);
    }

    /**
     * Runs and writes, the training runs not yet kept computed first by {@code engine} (each kept
     * as it arrives) rather than on this JVM's pool; {@code null} computes them here. The files
     * are the same either way. Saved agents ({@code saveAgents}) need the local engine: an agent
     * trained elsewhere is saved there.
     *
     * @throws IOException when the engine fails a run: the runs it finished stay kept, and the
     *                     same call again (with either engine) computes only the others
     */
    public Result run(LoadedConfig loaded, Path out, int threads, boolean saveAgents, TrainingRunExecutor engine)
            throws IOException {
        if (saveAgents && engine != null) {
            throw new IllegalArgumentException("saved agents need the local engine");
        }
        if (saveAgents && !keepRuns) {
            throw new IllegalArgumentException("saved agents are written beside the kept runs");
        }
        if (saveAgents) {
            checkFolderNames(loaded);
        }
        Instant start = clock.instant();
        String resolved = mapper.writeValueAsString(loaded.resolved()) + "\n";
        try (StagedDirectory dir = StagedDirectory.create(out)) {
            TrainingRunCheckpoints kept = !keepRuns ? TrainingRunCheckpoints.NONE : TrainingRunCheckpoints.open(out,
                    Manifest.sha256(resolved) + " " + org.feedgym.simulator.output.Provenance.gitCommit());
            if (kept.count() > 0) {
                System.err.println("resuming: " + kept.count() + " finished training run(s) kept in " + kept.directory());
            }
            if (engine != null) {
                computeElsewhere(loaded, kept, engine);
            }
            ForkJoinPool pool = threads == 1 ? null : new ForkJoinPool(threads);
            World world;
            List<AgentEvaluation> evaluations;
            org.feedgym.simulator.fidelity.FidelityResult fidelity = null;
            // Saved agents go beside the kept runs, so that a resumed run still has every one.
            ExperimentRunner.ReadyAgents ready = saveAgents
                    ? (name, replicate, agent) -> save(agent, savedAgentDirectory(kept.directory(), name, replicate))
                    : ExperimentRunner.ReadyAgents.NONE;
            ExperimentConfig config = loaded.config();
            List<String> personas = List.copyOf(config.world().users().personas().keySet());
            Summary summary;
            // The episodes go to files in the staging directory as each training run finishes, and
            // are deleted once episodes.csv is written (or the run fails).
            try (EpisodeLog episodes = EpisodeLog.in(dir.path().resolve(EPISODE_LOG))) {
                try {
                    world = buildWorld(loaded, pool);
                    evaluations = new ExperimentRunner(registry, progress, ready, kept, episodes)
                            .run(loaded, world, pool);
                    fidelity = fidelity(loaded, pool);
                    summary = new SummaryBuilder(config.metrics(), pool).build(config.name(), config.seed(), personas,
                            config.comparison(), evaluations);
                } catch (UncheckedIOException e) {
                    throw new InputException(loaded.source() + ": $.agents: " + e.getCause().getMessage(), e);
                } finally {
                    if (pool != null) {
                        pool.shutdown();
                    }
                }
                EpisodesCsv.write(dir.path().resolve("episodes.csv"), evaluations,
                        config.metrics().checkpointsMinutes());
            }
            Files.writeString(dir.path().resolve("config.resolved.json"), resolved, StandardCharsets.UTF_8);
            Files.writeString(dir.path().resolve("summary.json"), summary.toJson(mapper), StandardCharsets.UTF_8);
            TimeSeriesCsv.write(dir.path().resolve("timeseries.csv"), evaluations, personas,
                    config.metrics().bucketMinutes());
            if (config.world().episode().days() >= 1) {
                TimeSeriesCsv.writeDaily(dir.path().resolve(DAILY), evaluations, personas);
            }
            if (TrainingCsv.needed(evaluations)) {
                TrainingCsv.write(dir.path().resolve("training.csv"), evaluations);
            }
            if (fidelity != null) {
                FidelityJson.write(fidelity, dir.path());
            }
            Manifest manifest = Manifest.of(loaded.source(), resolved, loaded.config().seed(), threads, start,
                    clock.instant()).withInputs(world).withSavedAgents(loaded.agents())
                    .withNeighbourTable(Manifest.NeighbourTableFacts.of(world, loaded.config().seed()));
            Files.writeString(dir.path().resolve("manifest.json"), manifest.toJson(mapper), StandardCharsets.UTF_8);
            Path savedAgents = kept.directory() == null ? null : kept.directory().resolve(RunComparison.SAVED_AGENTS);
            if (savedAgents != null && Files.isDirectory(savedAgents)) {
                Files.move(savedAgents, dir.path().resolve(RunComparison.SAVED_AGENTS));
            }
            dir.commit();
            kept.delete();
            return new Result(dir.target(), evaluations, summary);
        }
    }
}
