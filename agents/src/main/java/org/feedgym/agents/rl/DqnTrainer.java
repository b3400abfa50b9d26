package org.feedgym.agents.rl;

import java.util.function.Function;
import org.feedgym.agents.TrainingDivergedException;
import org.feedgym.agents.TrainingLog;
import org.feedgym.env.Environment;

/**
 * One way of training a DQN agent's Q-network in place, made by a {@link DqnImplementation}: the
 * own loop on DL4J ({@link DqnLearner}) or RL4J's {@code QLearningDiscrete} ({@link Rl4jDqnLearner}).
 * Both bootstrap on truncation and never on termination.
 */
interface DqnTrainer {

    /**
     * Trains for {@code trainingSteps} environment steps of the parameters it was made with.
     *
     * @param env          an environment with Discrete(K) actions
     * @param encoder      turns an observation into the network's input floats
     * @param trainingSeed episode {@code e} resets with {@code Seeds.derive(trainingSeed, "train-user", e)}
     * @param log          receives one point per finished episode
     * @param <O>          observation type
     * @return environment steps taken
     * @throws TrainingDivergedException when a loss or Q-value becomes NaN or infinite
     */
    <O> long train(Environment<O, Integer> env, Function<? super O, float[]> encoder, long trainingSeed,
                   TrainingLog log) throws TrainingDivergedException;
}
