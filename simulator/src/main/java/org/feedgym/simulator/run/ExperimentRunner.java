package org.feedgym.simulator.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.Rollout;
import org.feedgym.agents.TrainableAgent;
import org.feedgym.agents.Training;
import org.feedgym.agents.TrainingDivergedException;
import org.feedgym.agents.TrainingLog;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.agents.registry.AgentType;
import org.feedgym.agents.registry.ResolvedAgent;
import org.feedgym.agents.registry.SavedAgentParameters;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.UserSideIntervention;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.world.World;
import org.feedgym.env.world.WorldFactory;
import org.feedgym.simulator.config.BepConfig;
import org.feedgym.simulator.config.ExperimentConfig;
import org.feedgym.simulator.config.LoadedConfig;

/**
 * Evaluates every agent of a config on the same users with the same seeds.
 *
 * <p>Replicate {@code r} uses the seed {@code derive(root, "evaluation", r)}; its user {@code u}
 * the seed {@code derive(that, "user", u)}. Agent {@code i} is seeded with
 * {@code derive(root, "agent:" + ranker, r)}, created fresh for each replicate, trained first if it
 * is a {@link TrainableAgent} (on training users derived from {@code derive(root, "training:" +
 * ranker, r)}, never the evaluation users), where {@code ranker} is the entry's name, or for an
 * intervention the name of the ranker it wraps ({@link ResolvedAgent#ranker()}: a wrapped ranker is
 * the same training run as the bare one), and granted the privileged view only if it is a
 * {@link PrivilegedAgent}. A {@code saved} agent is loaded instead of created and trains only
 * when its entry says {@code "train": true}. A training that diverges marks that agent as failed; the others still
 * run.
 *
 * <p>A replicate is one independent training run: the {@code replicate} column of
 * {@code episodes.csv} is its index, and run-level intervals in {@code summary.json} are taken
 * over replicates. With a pool and more than one replicate, an agent's replicates run in parallel,
 * one task each (users stepped on that task's thread); with one replicate the pool splits its
 * users. Results do not depend on the number of threads either way: every replicate's and every
 * user's randomness is its own, and results are gathered in replicate order. The exception is an
 * agent whose type is {@link AgentType#sequential() sequential} (the Python policy of
 * {@code feedgym.evaluate}, which answers over one pipe and may keep state between calls): its
 * replicates always run one after another, in replicate order, on the calling thread, with the pool
 * splitting each one's users, so that the agent is asked the same questions in the same order
 * whatever the thread count, and so gives the same answers if it is deterministic. An engine that
 * computes training runs elsewhere (Spark: {@link TrainingRunExecutor}) runs
 * {@link #trainingRun} for each and keeps the results, which this runner then takes as kept.
 *
 * <p>Each training run writes its episodes, as it finishes, to the runner's {@link EpisodeLog}
 * (files beside a run being written, or memory), and the evaluations refer to them there: no
 * run holds its episodes as objects.
 */
public final class ExperimentRunner {

    /** Observes progress: called once per finished population step with the users still active. */
    public interface Progress {
        /** A step of agent {@code agent}'s replicate finished. */
        void step(String agent, int replicate, int activeUsers, int users);

        /** A training episode of agent {@code agent} finished after {@code steps} environment steps. */
        default void training(String agent, int replicate, long steps, int episode, double episodeReturn) {
        }

        /** No progress reporting. */
        Progress NONE = (agent, replicate, active, users) -> { };
    }

    /** Receives every agent once it is ready for evaluation (trained if it trains), before it acts. */
    @FunctionalInterface
    public interface ReadyAgents {
        /** Agent {@code name} of replicate {@code replicate} is ready. */
        void ready(String name, int replicate, Agent agent);

        /** Nothing is done with ready agents. */
        ReadyAgents NONE = (name, replicate, agent) -> { };
    }

    private final AgentRegistry registry;
    private final Progress progress;
    private final ReadyAgents readyAgents;
    private final TrainingRunCheckpoints checkpoints;
    private final EpisodeLog log;

    /** A runner that keeps nothing and holds its episodes in memory in their binary form. */
    public ExperimentRunner(AgentRegistry registry) {
        this(registry, Progress.NONE);
    }

    /** As {@link #ExperimentRunner(AgentRegistry)}, reporting progress. */
    public ExperimentRunner(AgentRegistry registry, Progress progress) {
        this(registry, progress, ReadyAgents.NONE);
    }

    /** As {@link #ExperimentRunner(AgentRegistry, Progress)}, handing every ready agent to {@code readyAgents}. */
    public ExperimentRunner(AgentRegistry registry, Progress progress, ReadyAgents readyAgents) {
        this(registry, progress, readyAgents, TrainingRunCheckpoints.NONE, EpisodeLog.inMemory());
    }

    /**
     * A runner that keeps every finished training run in {@code checkpoints} and takes the runs
     * already kept there instead of computing them again (a killed run resumes); the outputs are
     * the same either way. Episodes are written to {@code log}; the evaluations' episodes can be
     * read while it is open.
     */
    public ExperimentRunner(AgentRegistry registry, Progress progress, ReadyAgents readyAgents,
                            TrainingRunCheckpoints checkpoints, EpisodeLog log) {
        this.registry = registry;
        this.progress = progress;
        this.readyAgents = readyAgents;
        this.checkpoints = checkpoints;
        this.log = log;
    }

    /** The user seeds of replicate {@code replicate}. */
    public static long[] userSeeds(long rootSeed, int replicate, int users) {
        long replicateSeed = Seeds.derive(rootSeed, "evaluation", replicate);
        long[] seeds = new long[users];
        for (int u = 0; u < users; u++) {
            seeds[u] = Seeds.derive(replicateSeed, "user", u);
        }
        return seeds;
    }

    /**
     * Runs the experiment.
     *
     * @param loaded  the validated config
     * @param threads worker threads for stepping users (1 = the calling thread only)
     */
    public List<AgentEvaluation> run(LoadedConfig loaded, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        ForkJoinPool pool = threads == 1 ? null : new ForkJoinPool(threads);
        try {
            World world = WorldFactory.create(loaded.config().world(), loaded.config().seed(), pool);
            return run(loaded, world, pool);
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
    }

    /**
     * Runs the experiment in an already built world. Saved agents are loaded once first, so that
     * one saved for another world is refused before any agent trains.
     *
     * @throws UncheckedIOException when a saved agent cannot be loaded into this world
     */
    public List<AgentEvaluation> run(LoadedConfig loaded, World world, ForkJoinPool pool) {
        // Before any agent trains: a population that cannot fit is refused now, not after hours.
        world.requireHeapFor(loaded.config().evaluation().users());
        loadSavedAgents(loaded, world);
        List<AgentEvaluation> results = new ArrayList<>();
        try (TrainedRankers trained = new TrainedRankers(registry)) {
            for (ResolvedAgent spec : loaded.agents()) {
                results.add(evaluate(loaded.config(), spec, world, pool, trained));
            }
        }
        return results;
    }

    private AgentEvaluation evaluate(ExperimentConfig config, ResolvedAgent spec, World world, ForkJoinPool pool,
                                     TrainedRankers trained) {
        int runs = config.evaluation().replicates();
        List<TrainingRunResult> done = new ArrayList<>();
        if (pool == null || runs == 1 || sequential(spec)) {
            // One run at a time, in order; a pool, if any, splits the users of each run.
            for (int r = 0; r < runs; r++) {
                TrainingRunResult run = keptOrComputed(config, spec, world, pool, r, trained);
                done.add(run);
                if (run.error() != null) {
                    break;
                }
            }
        } else {
            // Training runs are independent: each is one task on the pool, stepping its users on
            // its own thread. Every run's randomness derives from (root, agent, r) alone and the
            // results are gathered in run order, so the outputs do not depend on the thread count.
            List<ForkJoinTask<TrainingRunResult>> tasks = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                int replicate = r;
                tasks.add(pool.submit(() -> keptOrComputed(config, spec, world, null, replicate, trained)));
            }
            for (ForkJoinTask<TrainingRunResult> task : tasks) {
                done.add(task.join());
            }
        }
        TimeSeries series = new TimeSeries(world.personas().size() + 1, world.catalog().topicCount());
        TimeSeries daily = new TimeSeries(world.personas().size() + 1, world.catalog().topicCount());
        Episodes episodes = Episodes.NONE;
        List<ReplicateRecord> replicates = new ArrayList<>();
        List<TrainingPoint> training = new ArrayList<>();
        boolean learns = false;
        for (TrainingRunResult run : done) {
            training.addAll(run.training());
            learns |= run.learns();
            if (run.error() != null) {
                // As when runs went one by one: the first run that diverged fails the agent.
                return new AgentEvaluation(spec.name(), spec.type(), Episodes.NONE, List.of(), series, daily,
                        training, run.error(), learns, rankerOf(spec), userSideTypes(spec));
            }
            episodes = episodes.then(run.episodes());
            replicates.add(run.replicate());
            series.addAll(run.timeSeries());
            daily.addAll(run.daily());
        }
        return new AgentEvaluation(spec.name(), spec.type(), episodes, replicates, series, daily, training, null,
                learns, rankerOf(spec), userSideTypes(spec));
    }

    /** The types of the entry's user-side interventions, innermost first. */
    private static List<String> userSideTypes(ResolvedAgent spec) {
        return spec.environment().stream().map(UserSideIntervention::type).toList();
    }

    /**
     * True when the entry's ranker (the agent itself, or the innermost one of an intervention
     * stack) is of a {@link AgentType#sequential() sequential} type: its replicates must run one
     * after another, in replicate order.
     */
    private boolean sequential(ResolvedAgent spec) {
        AgentType<?> type = registry.types().get(spec.core().type());
        return type != null && type.sequential();
    }

    private static String rankerOf(ResolvedAgent spec) {
        return spec.isIntervention() ? spec.ranker() : null;
    }

    /**
     * Computes training run {@code replicate} of agent {@code agent} (its index in
     * {@code loaded.agents()}) on the calling thread, exactly as {@link #run} computes it: the
     * same seeds give the same result wherever it runs. This is what an engine that spreads
     * training runs over machines (Spark) runs for each one. Nothing is kept or reported.
     *
     * @param world the world of {@code loaded}, built with {@link RunService#buildWorld}
     * @throws UncheckedIOException when a saved agent cannot be loaded into this world
     */
    public TrainingRunResult trainingRun(LoadedConfig loaded, World world, int agent, int replicate) {
        int runs = loaded.config().evaluation().replicates();
        if (agent < 0 || agent >= loaded.agents().size() || replicate < 0 || replicate >= runs) {
            throw new IllegalArgumentException("no training run " + replicate + " of agent " + agent + " in "
                    + loaded.source() + " (" + loaded.agents().size() + " agents, " + runs + " replicates)");
        }
        try (TrainedRankers trained = new TrainedRankers(registry)) {
            return replicate(loaded.config(), loaded.agents().get(agent), world, null, replicate, trained);
        }
    }

    /** Training run {@code r} as kept by an earlier, killed attempt, or computed and kept now. */
    private TrainingRunResult keptOrComputed(ExperimentConfig config, ResolvedAgent spec, World world, ForkJoinPool pool,
                                             int r, TrainedRankers trained) {
        java.util.Optional<TrainingRunResult> kept = checkpoints.load(spec.name(), r);
        if (kept.isPresent()) {
            return kept.get().withEpisodesIn(log);
        }
        TrainingRunResult run = replicate(config, spec, world, pool, r, trained);
        checkpoints.save(spec.name(), r, run);
        return run;
    }

    /**
     * Replicate {@code r} of one agent: a fresh agent seeded {@code derive(root, "agent:" + ranker, r)},
     * trained (if it learns) on training users of {@code derive(root, "training:" + ranker, r)}, and
     * evaluated on the users of replicate {@code r}.
     */
    private TrainingRunResult replicate(ExperimentConfig config, ResolvedAgent spec, World world, ForkJoinPool pool, int r,
                                        TrainedRankers trained) {
        long root = config.seed();
        int users = config.evaluation().users();
        List<TrainingPoint> training = new ArrayList<>();
        Agent agent;
        try {
            agent = readyAgent(config, spec, world, r, trained, (step, episode, ret, loss, eps) -> {
                training.add(new TrainingPoint(spec.name(), r, step, episode, ret, loss, eps));
                synchronized (progress) {
                    progress.training(spec.name(), r, step, episode, ret);
                }
            });
        } catch (TrainingDivergedException e) {
            return TrainingRunResult.diverged(training, e.getMessage());
        }
        boolean learns = agent instanceof TrainableAgent && trains(spec);
        synchronized (readyAgents) {
            readyAgents.ready(spec.name(), r, agent);
        }
        BepConfig bep = config.metrics().bep();
        try (VectorEnvironment env = userSide(spec, world.vectorEnvironment(pool))) {
            EpisodeRecorder recorder = new EpisodeRecorder(world.catalog(), users, config.metrics(), pool);
            ExposureRecorder exposure = new ExposureRecorder(world.catalog().size(), users,
                    Seeds.generator(root, "homogenization-pairs", r), config.metrics().homogenizationPairs());
            TimeSeriesRecorder timeSeries = new TimeSeriesRecorder(world.catalog(), env.infos(), users,
                    config.metrics().bucketMinutes());
            TimeSeriesRecorder days = TimeSeriesRecorder.byDay(world.catalog(), env.infos(), users);
            BepWindowRecorder originalWindow = bep == null ? null
                    : new BepWindowRecorder(world.catalog(), users, bep.script());
            List<StepListener> recorders = bep == null ? List.of(recorder, exposure, timeSeries, days)
                    : List.of(recorder, exposure, timeSeries, days, originalWindow);
            StepListener record = new ConcurrentListeners(recorders, pool);
            String name = spec.name();
            Rollout.run(env, agent, userSeeds(root, r, users), pool, outcomes -> {
                record.onStep(outcomes);
                synchronized (progress) {
                    progress.step(name, r, env.activeCount(), users);
                }
            });
            TimeSeries own = new TimeSeries(world.personas().size() + 1, world.catalog().topicCount());
            timeSeries.addTo(own);
            TimeSeries ownDays = new TimeSeries(world.personas().size() + 1, world.catalog().topicCount());
            days.addTo(ownDays);
            double[] escape = bep == null ? null
                    : bubbleEscape(config, spec, world, pool, r, users, originalWindow, trained);
            EpisodeLog.Writer out = log.writer();
            recorder.episodes(spec.name(), r, env.infos(), e -> out.write(escape == null ? e
                    : e.withBep(escape[3 * e.user()], escape[3 * e.user() + 1], escape[3 * e.user() + 2])));
            Episodes episodes = out.finish();
            List<org.feedgym.env.SupplyDay> supply = env.infos().supplyDays();
            ReplicateRecord figures = supply.isEmpty() ? exposure.finish(spec.name(), r)
                    : exposure.finish(spec.name(), r, world.baseItems(),
                            supply.stream().mapToInt(org.feedgym.env.SupplyDay::uploads).sum()).withSupply(supply);
            return new TrainingRunResult(episodes, figures, own.cells(), ownDays.cells(), training, learns, null);
        } catch (TrainingDivergedException e) {
            // The twins' agent trains exactly as the original did, so this does not happen unless
            // training is not deterministic.
            return TrainingRunResult.diverged(training, "twin agent: " + e.getMessage());
        }
    }

    /**
     * {@code env} wrapped in the entry's user-side interventions, innermost first. They apply to the
     * evaluation only: an agent that trains does so in the world as configured.
     */
    private static VectorEnvironment userSide(ResolvedAgent spec, VectorEnvironment env) {
        for (UserSideIntervention e : spec.environment()) {
            env = e.wrap(env);
        }
        return env;
    }

    /**
     * Agent {@code spec} of replicate {@code r}, ready for evaluation: created fresh (or loaded)
     * with the seed {@code derive(root, "agent:" + ranker, r)} and trained if it learns, on the
     * training users of {@code derive(root, "training:" + ranker, r)}. Calling it twice gives two
     * instances in the same state (training is deterministic): the ranker at the core is trained
     * once per run and replicate and copied after that ({@link TrainedRankers}), and the entry's
     * interventions are built around it.
     */
    private Agent readyAgent(ExperimentConfig config, ResolvedAgent spec, World world, int r, TrainedRankers trained,
                             TrainingLog listener) throws TrainingDivergedException {
        long root = config.seed();
        AgentContext context = AgentContext.of(world, Seeds.derive(root, "agent:" + spec.ranker(), r));
        if (!trains(spec)) {
            return create(spec, context);
        }
        Training training = new Training(world, Seeds.derive(root, "training:" + spec.ranker(), r), listener);
        // The interventions get the ranker's own context, as when the registry builds the stack.
        Agent core = trained.ready(spec, r, context, this::create, training, listener);
        return create(spec, context, (ranker, sameContext) -> core);
    }

    /**
     * The Bubble Escape Potential of every user, {@code (distance, entropy gain, share drop)} at
     * {@code 3u .. 3u + 2}: the same users are run again as twins
     * ({@link World#twinEnvironment}) under a second instance of the agent in the state the first
     * one started its evaluation in, so per-user agent state (and anything an agent learns while
     * acting) is the twins' own; the two populations never share an agent.
     */
    private double[] bubbleEscape(ExperimentConfig config, ResolvedAgent spec, World world, ForkJoinPool pool, int r,
                                  int users, BepWindowRecorder originalWindow, TrainedRankers trained)
            throws TrainingDivergedException {
        BepConfig bep = config.metrics().bep();
        Agent twinAgent = readyAgent(config, spec, world, r, trained, (step, episode, ret, loss, eps) -> { });
        BepWindowRecorder twinWindow = new BepWindowRecorder(world.catalog(), users, bep.script());
        int[] avoided = new int[users];
        try (VectorEnvironment twins = userSide(spec, world.twinEnvironment(pool, bep.script()))) {
            Rollout.run(twins, twinAgent, userSeeds(config.seed(), r, users), pool, twinWindow::onStep);
            for (int u = 0; u < users; u++) {
                avoided[u] = twins.infos().avoidedTopic(u);
            }
        }
        double[] measured = new double[3 * users];
        for (int u = 0; u < users; u++) {
            double[] v = BubbleEscapePotential.measure(originalWindow, twinWindow, u, world.catalog().topicCount(),
                    avoided[u], bep);
            System.arraycopy(v, 0, measured, 3 * u, 3);
        }
        return measured;
    }

    /**
     * Loads every saved agent of the config into {@code world} once, to check that each fits it.
     *
     * @throws UncheckedIOException naming the agent, the file and the field when one does not
     */
    public void loadSavedAgents(LoadedConfig loaded, World world) {
        for (ResolvedAgent spec : loaded.agents()) {
            if (spec.saved().isPresent()) {
                create(spec, AgentContext.of(world, 0));
            }
        }
    }

    /** Creates (or for a saved entry, loads) an agent; a load failure names the agent. */
    private Agent create(ResolvedAgent spec, AgentContext context) {
        return create(spec, context, registry::create);
    }

    /** As {@link #create(ResolvedAgent, AgentContext)}, with the ranker at the entry's core made by {@code core}. */
    private Agent create(ResolvedAgent spec, AgentContext context,
                         java.util.function.BiFunction<ResolvedAgent, AgentContext, Agent> core) {
        try {
            return registry.create(spec, context, core);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException(new IOException("agent '" + spec.name() + "': "
                    + e.getCause().getMessage(), e.getCause()));
        }
    }

    /** False for a saved agent evaluated as saved. */
    private static boolean trains(ResolvedAgent spec) {
        return !(spec.parameters() instanceof SavedAgentParameters saved) || saved.train();
    }
}
