package org.feedgym.simulator.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.Rollout;
import org.feedgym.agents.TrainableAgent;
import org.feedgym.agents.Training;
import org.feedgym.agents.TrainingDivergedException;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.agents.registry.ResolvedAgent;
import org.feedgym.agents.registry.SavedAgentParameters;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.world.World;
import org.feedgym.env.world.WorldFactory;
import org.feedgym.simulator.config.ExperimentConfig;
import org.feedgym.simulator.config.LoadedConfig;

/**
 * Evaluates every agent of a config on the same users with the same seeds.
 *
 * <p>Replicate {@code r} uses the seed {@code derive(root, "evaluation", r)}; its user {@code u}
 * the seed {@code derive(that, "user", u)}. Agent {@code i} is seeded with
 * {@code derive(root, "agent:" + name, r)}, created fresh for each replicate, trained first if it
 * is a {@link TrainableAgent} (on training users derived from {@code derive(root, "training:" +
 * name, r)}, never the evaluation users), and granted the privileged view only if it is a
 * {@link PrivilegedAgent}. A {@code saved} agent is loaded instead of created and trains only
 * when its entry says {@code "train": true}. A training that diverges marks that agent as failed; the others still
 * run. Results do not depend on the number of threads: threads only split users, and each
 * user's randomness is its own.
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

    public ExperimentRunner(AgentRegistry registry) {
        this(registry, Progress.NONE);
    }

    public ExperimentRunner(AgentRegistry registry, Progress progress) {
        this(registry, progress, ReadyAgents.NONE);
    }

    public ExperimentRunner(AgentRegistry registry, Progress progress, ReadyAgents readyAgents) {
        this.registry = registry;
        this.progress = progress;
        this.readyAgents = readyAgents;
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
        loadSavedAgents(loaded, world);
        List<AgentEvaluation> results = new ArrayList<>();
        for (ResolvedAgent spec : loaded.agents()) {
            results.add(evaluate(loaded.config(), spec, world, pool));
        }
        return results;
    }

    private AgentEvaluation evaluate(ExperimentConfig config, ResolvedAgent spec, World world, ForkJoinPool pool) {
        long root = config.seed();
        int users = config.evaluation().users();
        List<EpisodeRecord> episodes = new ArrayList<>();
        List<ReplicateRecord> replicates = new ArrayList<>();
        List<TrainingPoint> training = new ArrayList<>();
        TimeSeries series = new TimeSeries(world.personas().size() + 1, world.catalog().topicCount());
        for (int r = 0; r < config.evaluation().replicates(); r++) {
            AgentContext context = AgentContext.of(world, Seeds.derive(root, "agent:" + spec.name(), r));
            Agent agent = create(spec, context);
            if (agent instanceof TrainableAgent learner && trains(spec)) {
                int replicate = r;
                try {
                    learner.train(new Training(world, Seeds.derive(root, "training:" + spec.name(), r),
                            (step, episode, ret, loss, eps) -> {
                                training.add(new TrainingPoint(spec.name(), replicate, step, episode, ret, loss, eps));
                                progress.training(spec.name(), replicate, step, episode, ret);
                            }));
                } catch (TrainingDivergedException e) {
                    return new AgentEvaluation(spec.name(), spec.type(), List.of(), List.of(), series, training,
                            e.getMessage());
                }
            }
            readyAgents.ready(spec.name(), r, agent);
            try (VectorEnvironment env = world.vectorEnvironment(pool)) {
                EpisodeRecorder recorder = new EpisodeRecorder(world.catalog(), users, config.metrics());
                ExposureRecorder exposure = new ExposureRecorder(world.catalog().size(), users,
                        Seeds.generator(root, "homogenization-pairs", r), config.metrics().homogenizationPairs());
                TimeSeriesRecorder timeSeries = new TimeSeriesRecorder(world.catalog(), env.infos(), users,
                        config.metrics().bucketMinutes());
                List<StepListener> listeners = List.of(recorder, exposure, timeSeries);
                String name = spec.name();
                int replicate = r;
                Rollout.run(env, agent, userSeeds(root, r, users), outcomes -> {
                    for (StepListener listener : listeners) {
                        listener.onStep(outcomes);
                    }
                    progress.step(name, replicate, env.activeCount(), users);
                });
                episodes.addAll(recorder.episodes(spec.name(), r, env.infos()));
                replicates.add(exposure.finish(spec.name(), r));
                timeSeries.addTo(series);
            }
        }
        return new AgentEvaluation(spec.name(), spec.type(), episodes, replicates, series, training, null);
    }

    /**
     * Loads every saved agent of the config into {@code world} once, to check that each fits it.
     *
     * @throws UncheckedIOException naming the agent, the file and the field when one does not
     */
    public void loadSavedAgents(LoadedConfig loaded, World world) {
        for (ResolvedAgent spec : loaded.agents()) {
            if (spec.parameters() instanceof SavedAgentParameters) {
                create(spec, AgentContext.of(world, 0));
            }
        }
    }

    /** Creates (or for a saved entry, loads) an agent; a load failure names the agent. */
    private Agent create(ResolvedAgent spec, AgentContext context) {
        try {
            return registry.create(spec, context);
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
