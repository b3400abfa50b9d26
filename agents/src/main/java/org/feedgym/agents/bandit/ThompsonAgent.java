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
 * A population-wide Beta–Bernoulli {@link BetaThompson} bandit (Chapelle &amp; Li 2011) whose arms
 * are topics or items ({@link Arms}). The world's reward is not Bernoulli, so each step is
 * binarised: a success is a watch fraction above a threshold ({@code success = watch}) or a like
 * ({@code success = like}). The harm penalty is not part of that signal. Needs the catalog in its
 * context. A saved one holds the posterior's counts, the sampling generator's position and any
 * pulls awaiting their outcomes.
 */
public final class ThompsonAgent extends ArmBanditAgent<ThompsonParameters, BetaThompson> {

    /** Registry type. */
    public static final String TYPE = "thompson";

    private final MixRandom random;
    private final boolean like;
    private final double watchThreshold;

    /**
     * @param parameters validated parameters
     * @param context    the context; must hold the catalog
     */
    public ThompsonAgent(ThompsonParameters parameters, AgentContext context) {
        this(parameters, context, Seeds.generator(context.seed()));
    }

    private ThompsonAgent(ThompsonParameters parameters, AgentContext context, MixRandom random) {
        super(parameters, context, context.requireCatalog(TYPE), Arms.of(parameters.arms()),
                new BetaThompson(Arms.of(parameters.arms()).count(context.requireCatalog(TYPE)),
                        parameters.priorAlpha(), parameters.priorBeta(), random));
        this.random = random;
        this.like = parameters.success().equals("like");
        this.watchThreshold = parameters.watchThreshold();
    }

    /**
     * The saved state: per-arm pulls and successes ({@code arms.sums}), per-arm failures, the
     * generator's position and the pulls awaiting outcomes.
     */
    record State(ArmStatistics.State arms, double[] failures, long[] generator, List<PendingPull> pending) {
    }

    @Override
    public void save(Path dir) throws IOException {
        AgentFiles.write(dir, TYPE, parameters(), context(), new State(bandit().statistics().state(),
                bandit().failures(), random.state(), pending()));
    }

    /** Reads an agent written by {@link #save}. */
    public static ThompsonAgent load(Path dir, AgentContext loading) throws IOException {
        AgentFiles.Saved<ThompsonParameters, State> saved = AgentFiles.read(dir, TYPE, ThompsonParameters.class,
                State.class, loading);
        State state = saved.state();
        ThompsonAgent agent = new ThompsonAgent(saved.parameters(), saved.context(),
                StateChecks.generator("generator", state.generator()));
        agent.bandit().restore("arms", state.arms(), "failures", state.failures());
        agent.restorePending(state.pending());
        return agent;
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** The posterior mean success probability of an arm. */
    public double posteriorMean(int arm) {
        return bandit().posteriorMean(arm);
    }

    @Override
    protected double feedback(StepOutcomes outcomes, int u) {
        boolean success = like ? outcomes.liked(u) : outcomes.watchFraction(u) > watchThreshold;
        return success ? 1 : 0;
    }
}
