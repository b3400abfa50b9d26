package org.feedgym.agents.bandit;

import org.feedgym.agents.registry.StateChecks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.registry.AgentFiles;
import org.feedgym.env.random.MixRandom;
import org.feedgym.env.random.Seeds;

/**
 * Linear-Gaussian Thompson sampling (Agrawal &amp; Goyal 2013) over the visible candidate features
 * plus an intercept (see {@link LinearBanditAgent}), learning online from every user's step
 * reward. Each user's decision draws its own θ̃ from the posterior. {@code model = shared} or
 * {@code disjoint} (one model per topic; needs the catalog). A saved one holds every model's A, b
 * and update count, the sampling generator's position and any pulls awaiting their outcomes.
 */
public final class LinearThompsonAgent extends LinearBanditAgent<LinearThompsonParameters, LinearThompson> {

    /** Registry type. */
    public static final String TYPE = "linear-thompson";

    private final MixRandom random;

    /**
     * @param parameters validated parameters
     * @param context    the context; must hold the catalog when the model is disjoint
     */
    public LinearThompsonAgent(LinearThompsonParameters parameters, AgentContext context) {
        this(parameters, context, Seeds.generator(context.seed()));
    }

    private LinearThompsonAgent(LinearThompsonParameters parameters, AgentContext context, MixRandom random) {
        super(parameters, context, catalogFor(parameters.model(), context, TYPE),
                new LinearThompson(armCount(parameters.model(), context, TYPE), DIMENSIONS, parameters.v(),
                        parameters.lambda(), random));
        this.random = random;
    }

    /** The saved state: every model, the generator's position and the pulls awaiting outcomes. */
    record State(List<RidgeRegression.State> models, long[] generator, List<PendingPull> pending) {
    }

    @Override
    public void save(Path dir) throws IOException {
        AgentFiles.write(dir, TYPE, parameters(), context(), new State(models(), random.state(), pending()));
    }

    /** Reads an agent written by {@link #save}. */
    public static LinearThompsonAgent load(Path dir, AgentContext loading) throws IOException {
        AgentFiles.Saved<LinearThompsonParameters, State> saved = AgentFiles.read(dir, TYPE,
                LinearThompsonParameters.class, State.class, loading);
        State state = saved.state();
        LinearThompsonAgent agent = new LinearThompsonAgent(saved.parameters(), saved.context(),
                StateChecks.generator("generator", state.generator()));
        agent.restoreModels(state.models());
        agent.restorePending(state.pending());
        return agent;
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** The underlying bandit. */
    @Override
    public LinearThompson bandit() {
        return super.bandit();
    }
}
