package org.feedgym.agents.bandit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.recommender.Signal;
import org.feedgym.agents.registry.AgentFiles;
import org.feedgym.agents.registry.StateChecks;
import org.feedgym.env.ObservationBatch;

/**
 * CIRS's UCB baseline (Gao et al., ACM TOIS 2023, {@code recommend_k_item(..., is_ucb=True)}):
 * each candidate i scores the user's predicted reward ({@link UserItemBanditAgent}) plus the count
 * bonus {@code c·sqrt(2 ln n / n_i)}, where n_i counts how often item i was recommended to anyone
 * and n all recommendations; as in CIRS the counts start at n_i = 1 and n = the catalog size, and
 * grow when an item is recommended (here after each batched step, in user order). Deterministic.
 * Unlike the population-level {@link Ucb1Agent} over topic arms, the bonus rarely separates the
 * K candidates drawn from a large catalog, so the user's own model decides. A saved one holds the
 * counts and every evaluation user's model.
 */
public final class UserUcbAgent extends UserItemBanditAgent {

    /** Registry type. */
    public static final String TYPE = "user-ucb";

    private final UserUcbParameters parameters;
    private final double[] counts;
    private double total;

    /**
     * @param parameters validated parameters
     * @param context    the context; must hold the catalog
     */
    public UserUcbAgent(UserUcbParameters parameters, AgentContext context) {
        super(context, TYPE, Signal.of(parameters.signal()), parameters.lambda());
        this.parameters = parameters;
        this.counts = new double[catalog().size()];
        Arrays.fill(counts, 1);
        this.total = counts.length;
    }

    /** The saved state: recommendation counts per item, their total, and the evaluation users. */
    record State(double[] counts, double total, Users users) implements SavedState {
    }

    @Override
    public void save(Path dir) throws IOException {
        AgentFiles.write(dir, TYPE, parameters, context(), new State(counts.clone(), total, users()));
    }

    /** Reads an agent written by {@link #save}; the loading context must hold the catalog. */
    public static UserUcbAgent load(Path dir, AgentContext loading) throws IOException {
        return loadSaved(dir, TYPE, UserUcbParameters.class, State.class, loading, UserUcbAgent::new,
                (agent, state) -> {
                    double[] saved = StateChecks.nonNegative("counts", state.counts(), agent.counts.length);
                    System.arraycopy(saved, 0, agent.counts, 0, saved.length);
                    if (!(state.total() >= saved.length)) {
                        throw StateChecks.invalid("total", "must be >= the item count " + saved.length
                                + ", got " + state.total());
                    }
                    agent.total = state.total();
                });
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** The parameters the agent was created from. */
    public UserUcbParameters parameters() {
        return parameters;
    }

    /** How often item {@code item} was recommended, plus 1 (CIRS's start). */
    public double count(int item) {
        return counts[item];
    }

    @Override
    protected double score(ObservationBatch observations, int u, int c) {
        int item = observations.candidate(u, c);
        return dotTheta(item) + parameters.c() * Math.sqrt(2 * Math.log(total) / counts[item]);
    }

    @Override
    public void act(ObservationBatch observations, int[] actions) {
        super.act(observations, actions);
        for (int u = 0; u < observations.users(); u++) {
            if (observations.active(u)) {
                counts[observations.candidate(u, actions[u])]++;
                total++;
            }
        }
    }
}
