package org.feedgym.agents.bandit;

import java.io.IOException;
import java.nio.file.Path;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.recommender.Signal;
import org.feedgym.agents.registry.AgentFiles;
import org.feedgym.agents.registry.StateChecks;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.random.MixRandom;
import org.feedgym.env.random.Seeds;

/**
 * CIRS's ε-greedy baseline (Gao et al., ACM TOIS 2023, {@code recommend_k_item(..., epsilon)}):
 * with probability 1 − ε the candidate with the highest predicted reward under the user's own
 * model ({@link UserItemBanditAgent}), otherwise a uniformly random candidate. One draw per active
 * user per step, in user order, from the agent's seeded generator. Unlike the population-level
 * {@link EpsilonGreedyAgent} over topic arms, what it exploits is this user's model. A saved one
 * holds the generator's position and every evaluation user's model.
 */
public final class UserEpsilonGreedyAgent extends UserItemBanditAgent {

    /** Registry type. */
    public static final String TYPE = "user-epsilon-greedy";

    private final UserEpsilonGreedyParameters parameters;
    private MixRandom random;

    /**
     * @param parameters validated parameters
     * @param context    the context; must hold the catalog
     */
    public UserEpsilonGreedyAgent(UserEpsilonGreedyParameters parameters, AgentContext context) {
        super(context, TYPE, Signal.of(parameters.signal()), parameters.lambda());
        this.parameters = parameters;
        this.random = Seeds.generator(context.seed());
    }

    /** The saved state: the exploration generator's position and the evaluation users. */
    record State(long[] generator, Users users) implements SavedState {
    }

    @Override
    public void save(Path dir) throws IOException {
        AgentFiles.write(dir, TYPE, parameters, context(), new State(random.state(), users()));
    }

    /** Reads an agent written by {@link #save}; the loading context must hold the catalog. */
    public static UserEpsilonGreedyAgent load(Path dir, AgentContext loading) throws IOException {
        return loadSaved(dir, TYPE, UserEpsilonGreedyParameters.class, State.class, loading,
                UserEpsilonGreedyAgent::new,
                (agent, state) -> agent.random = StateChecks.generator("generator", state.generator()));
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** The parameters the agent was created from. */
    public UserEpsilonGreedyParameters parameters() {
        return parameters;
    }

    @Override
    public void act(ObservationBatch observations, int[] actions) {
        super.act(observations, actions);
        int k = observations.candidateCount();
        for (int u = 0; u < observations.users(); u++) {
            if (observations.active(u) && random.nextDouble() < parameters.epsilon()) {
                actions[u] = random.nextInt(k);
            }
        }
    }
}
