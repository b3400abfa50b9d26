package org.feedgym.simulator.calibration;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.feedgym.agents.Agent;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.Rollout;
import org.feedgym.agents.registry.AgentConfigException;
import org.feedgym.agents.registry.AgentRegistry;
import org.feedgym.agents.registry.ResolvedAgent;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.usermodel.UserModelConfig;
import org.feedgym.env.world.CalibrationConfig;
import org.feedgym.env.world.Catalog;
import org.feedgym.env.world.EpisodeConfig;
import org.feedgym.env.world.World;
import org.feedgym.env.world.WorldFactory;
import org.feedgym.simulator.config.Json;
import org.feedgym.simulator.fidelity.InteractionTable;
import org.feedgym.simulator.fidelity.Target;
import org.feedgym.simulator.fidelity.Targets;

/**
 * The free-running check of the session and return targets: simulated users of the log's world
 * (its catalog from the fitting users, the config's population) live for {@code days} days under
 * a fixed policy through the normal vector environment and {@link Rollout}, leaving, coming back
 * and spending their session budgets as the user model says; every item they are shown becomes a
 * row, and the rows go through the same selection as the log's. Unlike the replay, here the
 * model decides when sessions end and when users return.
 */
public final class FreeRunning {

    /** Suffix of the free-running targets' names. */
    public static final String SUFFIX = " (free-running)";

    private final CalibrationLog log;
    private final World world;
    private final CalibrationConfig.FreeRunning settings;

    /**
     * @param log  the calibration log (its catalog and world config)
     * @param pool pool for building the world, or null
     */
    public FreeRunning(CalibrationLog log, ForkJoinPool pool) {
        this.log = log;
        this.settings = log.config().freeRunning();
        this.world = WorldFactory.create(log.world().config().withEpisode(new EpisodeConfig(1_000_000,
                settings.days())), log.catalog(), pool);
    }

    /** The session and return targets, renamed with {@link #SUFFIX}. */
    public static List<Target> targets(CalibrationLog log) {
        return plainTargets(log).stream().map(t -> (Target) new Renamed(t)).toList();
    }

    private static List<Target> plainTargets(CalibrationLog log) {
        org.feedgym.simulator.fidelity.TargetOptions o = new org.feedgym.simulator.fidelity.TargetOptions(
                Math.round(log.config().idleGapSeconds()), 0, 2);
        return List.of(Targets.itemsPerSession(o), Targets.minutesPerSession(o), Targets.daysActive(o),
                Targets.returnGapHours(o));
    }

    /**
     * The targets the free-running stage's objective compares, with weights: those of
     * {@code objective.freeRunning} (named without {@link #SUFFIX}), by default all four, weight 1.
     *
     * @throws org.feedgym.env.params.FieldException naming {@code objective.freeRunning.<name>} when
     *                                                a name is no free-running target
     */
    public static List<MomentObjective.Term> objectiveTargets(CalibrationLog log) {
        java.util.Map<String, Double> weights = log.config().objective().freeRunning();
        if (weights == null) {
            return targets(log).stream().map(t -> new MomentObjective.Term(t, 1)).toList();
        }
        return FidelityEvaluation.terms(plainTargets(log), weights, "objective.freeRunning").stream()
                .map(t -> new MomentObjective.Term(new Renamed(t.target()), t.weight())).toList();
    }

    /**
     * The rows of simulated users under {@code model}, before selection.
     *
     * @param model the user model
     * @param seed  the root seed (users and policy derive from it, the same for every model)
     * @param pool  where users step, or null
     */
    public InteractionTable simulate(UserModelConfig model, long seed, ForkJoinPool pool) {
        World w = world.withUserModel(model);
        AgentRegistry registry = AgentRegistry.builtIn();
        Agent agent;
        try {
            ResolvedAgent spec = registry.resolve(Json.strictMapper(),
                    JsonNodeFactory.instance.objectNode().put("type", settings.policy()),
                    "$.world.calibration.freeRunning.policy");
            agent = registry.create(spec, AgentContext.of(w, Seeds.derive(seed, "free-running-policy", 0)));
        } catch (AgentConfigException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        long[] seeds = new long[settings.users()];
        for (int u = 0; u < seeds.length; u++) {
            seeds[u] = Seeds.derive(seed, "free-running-user", u);
        }
        Catalog catalog = w.catalog();
        InteractionTable.Builder b = new InteractionTable.Builder(log.signals());
        try (VectorEnvironment env = w.vectorEnvironment(pool)) {
            Rollout.run(env, agent, seeds, pool, o -> {
                for (int u = 0; u < o.size(); u++) {
                    int item = o.shownItem(u);
                    if (item < 0) {
                        continue;
                    }
                    boolean[] s = new boolean[log.signals().size()];
                    for (int q = 0; q < s.length; q++) {
                        s[q] = log.signals().get(q).equals("like") ? o.liked(u) : o.hated(u);
                    }
                    b.add(u, item, (long) Math.floor(o.shownAtSeconds(u)), o.watchFraction(u),
                            catalog.durationSeconds(item), catalog.topic(item), s);
                }
            });
        }
        return b.build();
    }

    /** A target under another name. */
    private record Renamed(Target target) implements Target {
        @Override
        public String name() {
            return target.name() + SUFFIX;
        }

        @Override
        public String description() {
            return target.description() + "; simulated users live freely under the check's policy";
        }

        @Override
        public String unit() {
            return target.unit();
        }

        @Override
        public String selectionBias() {
            return target.selectionBias() + " The simulated feed is the policy's, not the logged one.";
        }

        @Override
        public double[] values(InteractionTable rows) {
            return target.values(rows);
        }
    }
}
