package org.feedgym.simulator.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.PrivilegedAgent;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.agents.registry.ResolvedAgent;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.world.FeedPopulation;
import org.feedgym.env.world.StepOutcomes;
import org.feedgym.env.world.World;
import org.feedgym.env.world.WorldFactory;
import org.feedgym.simulator.config.LoadedConfig;

/**
 * Evaluates every agent of a config on the same users with the same seeds.
 *
 * <p>Replicate {@code r} uses the seed {@code derive(root, "evaluation", r)}; its user {@code u}
 * the seed {@code derive(that, "user", u)}. Agent {@code i} is seeded with
 * {@code derive(root, "agent:" + name, r)}, created fresh for each replicate, and granted the
 * privileged view only if it is a {@link PrivilegedAgent}. Results do not depend on the number
 * of threads: threads only split users, and each user's randomness is its own.
 */
public final class ExperimentRunner {

    private final AgentRegistry registry;

    public ExperimentRunner(AgentRegistry registry) {
        this.registry = registry;
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
            long root = loaded.config().seed();
            World world = WorldFactory.create(loaded.config().world(), root, pool);
            return run(loaded, world, pool);
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
    }

    /** Runs the experiment in an already built world. */
    public List<AgentEvaluation> run(LoadedConfig loaded, World world, ForkJoinPool pool) {
        long root = loaded.config().seed();
        int users = loaded.config().evaluation().users();
        int replicates = loaded.config().evaluation().replicates();
        List<AgentEvaluation> results = new ArrayList<>();
        for (ResolvedAgent spec : loaded.agents()) {
            List<EpisodeRecord> episodes = new ArrayList<>();
            for (int r = 0; r < replicates; r++) {
                AgentContext context = new AgentContext(world.candidateCount(), world.observationDimension(),
                        world.userFeatureCount(), Seeds.derive(root, "agent:" + spec.name(), r));
                Agent agent = registry.create(spec, context);
                FeedPopulation population = world.population(pool);
                population.reset(userSeeds(root, r, users));
                episodes.addAll(runEpisodes(agent, population, spec.name(), r));
            }
            results.add(new AgentEvaluation(spec.name(), spec.type(), episodes));
        }
        return results;
    }

    private static List<EpisodeRecord> runEpisodes(Agent agent, FeedPopulation population, String name, int replicate) {
        if (agent instanceof PrivilegedAgent privileged) {
            privileged.grant(population);
        }
        EpisodeRecorder recorder = new EpisodeRecorder(population.world().catalog(), population.size());
        int[] actions = new int[population.size()];
        while (!population.allDone()) {
            agent.act(population.observations(), actions);
            StepOutcomes outcomes = population.step(actions);
            agent.observe(outcomes);
            recorder.record(outcomes);
        }
        return recorder.episodes(name, replicate, population);
    }
}
