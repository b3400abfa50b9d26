package org.feedgym.agents.bandit;

import org.feedgym.agents.registry.StateChecks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.registry.AgentFiles;
import org.feedgym.env.random.MixRandom;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.StepOutcomes;

/**
 * A population-wide {@link EpsilonGreedy} bandit whose arms are topics or items ({@link Arms}) and
 * whose reward is the step reward of the world (engagement minus the harm penalty). Needs the
 * catalog in its context. A saved one holds the arms' statistics, the exploration generator's
 * position and any pulls awaiting their outcomes.
 */
public final class EpsilonGreedyAgent extends ArmBanditAgent<EpsilonGreedyParameters, EpsilonGreedy> {

    /** Registry type. */
    public static final String TYPE = "topic-epsilon-greedy";

    private final MixRandom random;

    /**
     * @param parameters validated parameters
     * @param context    the context; must hold the catalog
     */
    public EpsilonGreedyAgent(EpsilonGreedyParameters parameters, AgentContext context) {
        this(parameters, context, Seeds.generator(context.seed()));
    }

    private EpsilonGreedyAgent(EpsilonGreedyParameters parameters, AgentContext context, MixRandom random) {
        super(parameters, context, context.requireCatalog(TYPE), Arms.of(parameters.arms()),
                new EpsilonGreedy(Arms.of(parameters.arms()).count(context.requireCatalog(TYPE)),
                        parameters.epsilon(), parameters.decayPulls(), random));
        this.random = random;
    }

    /** The saved state: per-arm statistics, the generator's position, the pulls awaiting outcomes. */
    record State(ArmStatistics.State arms, long[] generator, List<PendingPull> pending) {
    }

    @Override
    public void save(Path dir) throws IOException {
        AgentFiles.write(dir, TYPE, parameters(), context(),
                new State(bandit().statistics().state(), random.state(), pending()));
    }

    /** Reads an agent written by {@link #save}. */
    public static EpsilonGreedyAgent load(Path dir, AgentContext loading) throws IOException {
        AgentFiles.Saved<EpsilonGreedyParameters, State> saved = AgentFiles.read(dir, TYPE,
                EpsilonGreedyParameters.class, State.class, loading);
        State state = saved.state();
        EpsilonGreedyAgent agent = new EpsilonGreedyAgent(saved.parameters(), saved.context(),
                StateChecks.generator("generator", state.generator()));
        agent.bandit().statistics().restore("arms", state.arms());
        agent.restorePending(state.pending());
        return agent;
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** The exploration rate of the next decision. */
    public double currentEpsilon() {
        return bandit().currentEpsilon();
    }

    @Override
    protected double feedback(StepOutcomes outcomes, int u) {
        return outcomes.reward(u);
    }
}
