package org.feedgym.agents.bandit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.registry.AgentFiles;

/**
 * LinUCB (Li, Chu, Langford &amp; Schapire 2010) over the visible candidate features plus an
 * intercept (see {@link LinearBanditAgent} for the context), learning online from every user's
 * step reward. {@code model = shared} scores all candidates with one ridge model;
 * {@code disjoint} keeps one per topic (needs the catalog). Deterministic. A saved one holds every
 * model's A, b and update count and any pulls awaiting their outcomes.
 */
public final class LinUcbAgent extends LinearBanditAgent<LinUcbParameters, LinUcb> {

    /** Registry type. */
    public static final String TYPE = "linucb";

    /**
     * @param parameters validated parameters
     * @param context    the context; must hold the catalog when the model is disjoint
     */
    public LinUcbAgent(LinUcbParameters parameters, AgentContext context) {
        super(parameters, context, catalogFor(parameters.model(), context, TYPE),
                new LinUcb(armCount(parameters.model(), context, TYPE), DIMENSIONS, parameters.alpha(),
                        parameters.lambda()));
    }

    /** The saved state: every model and the pulls awaiting outcomes (LinUCB draws nothing). */
    record State(List<RidgeRegression.State> models, List<PendingPull> pending) {
    }

    @Override
    public void save(Path dir) throws IOException {
        AgentFiles.write(dir, TYPE, parameters(), context(), new State(models(), pending()));
    }

    /** Reads an agent written by {@link #save}. */
    public static LinUcbAgent load(Path dir, AgentContext loading) throws IOException {
        AgentFiles.Saved<LinUcbParameters, State> saved = AgentFiles.read(dir, TYPE, LinUcbParameters.class,
                State.class, loading);
        LinUcbAgent agent = new LinUcbAgent(saved.parameters(), saved.context());
        agent.restoreModels(saved.state().models());
        agent.restorePending(saved.state().pending());
        return agent;
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** The underlying bandit (its models' θ after the next act, or after {@link LinUcb#prepare()}). */
    @Override
    public LinUcb bandit() {
        return super.bandit();
    }
}
