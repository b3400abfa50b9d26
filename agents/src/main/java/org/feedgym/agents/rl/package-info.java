/**
 * Deep reinforcement-learning agents over the observation vector: DQN (Mnih et al. 2015) and
 * Double DQN (van Hasselt et al. 2016) with one Q-value per candidate, and RL4J's asynchronous
 * N-step Q-learning and A3C (Mnih et al. 2016).
 *
 * <p>This is the only package of FeedGym that imports RL4J ({@code org.deeplearning4j.rl4j}); an
 * ArchUnit test holds it to that. It contains:
 * <ul>
 *   <li>{@link org.feedgym.agents.rl.DqnAgent} and its JSON parameters
 *       {@link org.feedgym.agents.rl.DqnParameters} (registry types {@code dqn} and
 *       {@code double-dqn}), with save and load;</li>
 *   <li>two training implementations of the same algorithm: FeedGym's own loop on a DL4J network
 *       ({@code DqnLearner}, the default, fast) and RL4J's {@code QLearningDiscrete}
 *       ({@code Rl4jDqnLearner}) on an RL4J {@code MDP} adapter of a FeedGym environment
 *       ({@code FeedMdp}, which keeps terminated and truncated apart);</li>
 *   <li>{@link org.feedgym.agents.rl.AsyncAgent} (registry types {@code nstep-q} and {@code a3c})
 *       with {@link org.feedgym.agents.rl.AsyncParameters}, trained by RL4J's worker threads
 *       ({@code Rl4jAsyncLearner});</li>
 *   <li>{@link org.feedgym.agents.rl.DqnBenchmark}, the training-speed benchmark.</li>
 * </ul>
 *
 * <p>Randomness: network weights, exploration and replay sampling derive from the agent's seed;
 * training users from the training seed. ND4J's global generator ({@code Nd4j.getRandom()}) is
 * never used: weights are drawn in plain Java and RL4J gets explicitly seeded generators.
 */
package org.feedgym.agents.rl;
