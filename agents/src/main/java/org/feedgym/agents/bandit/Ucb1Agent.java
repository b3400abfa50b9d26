package org.feedgym.agents.bandit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.registry.AgentFiles;
import org.feedgym.env.StepOutcomes;

/**
 * A population-wide {@link Ucb1} bandit (Auer et al. 2002) whose arms are topics or items
 * ({@link Arms}) and whose reward is the step reward of the world. The reward lies in
 * [−harmPenalty, 1], not [0, 1]; {@code c} rescales the bonus accordingly. In a batched step
 * every user sees the same statistics, so all users offered a never-pulled arm pull it at once.
 * Deterministic. Needs the catalog in its context. A saved one holds the arms' statistics and
 * any pulls awaiting their outcomes.
 */
public final class Ucb1Agent extends ArmBanditAgent<Ucb1Parameters, Ucb1> {

    /** Registry type. */
    public static final String TYPE = "topic-ucb1";

    /**
     * @param parameters validated parameters
     * @param context    the context; must hold the catalog
     */
    public Ucb1Agent(Ucb1Parameters parameters, AgentContext context) {
        super(parameters, context, context.requireCatalog(TYPE), Arms.of(parameters.arms()),
                new Ucb1(Arms.of(parameters.arms()).count(context.requireCatalog(TYPE)), parameters.c()));
    }

    /** The saved state: per-arm statistics and the pulls awaiting outcomes (UCB1 draws nothing). */
    record State(ArmStatistics.State arms, List<PendingPull> pending) {
    }

    @Override
    public void save(Path dir) throws IOException {
        AgentFiles.write(dir, TYPE, parameters(), context(), new State(bandit().statistics().state(), pending()));
    }

    /** Reads an agent written by {@link #save}. */
    public static Ucb1Agent load(Path dir, AgentContext loading) throws IOException {
        AgentFiles.Saved<Ucb1Parameters, State> saved = AgentFiles.read(dir, TYPE, Ucb1Parameters.class,
                State.class, loading);
        Ucb1Agent agent = new Ucb1Agent(saved.parameters(), saved.context());
        agent.bandit().statistics().restore("arms", saved.state().arms());
        agent.restorePending(saved.state().pending());
        return agent;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected double feedback(StepOutcomes outcomes, int u) {
        return outcomes.reward(u);
    }
}
