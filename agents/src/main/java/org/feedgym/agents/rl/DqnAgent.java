package org.feedgym.agents.rl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.SavableAgent;
import org.feedgym.agents.TrainableAgent;
import org.feedgym.agents.Training;
import org.feedgym.agents.TrainingDivergedException;
import org.feedgym.agents.TrainingLog;
import org.feedgym.env.DiscreteSpace;
import org.feedgym.env.Environment;
import org.feedgym.env.VectorEnvironment;
import org.feedgym.env.FeedObservation;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.world.World;

/**
 * Deep Q-learning agents: {@code dqn} (Mnih et al. 2015, "Human-level control through deep
 * reinforcement learning", Nature 518) and {@code double-dqn} (van Hasselt, Guez and Silver 2016,
 * "Deep Reinforcement Learning with Double Q-learning", AAAI), which differ only in the target:
 * DQN bootstraps from {@code max_a Q_target(s', a)}, Double DQN from
 * {@code Q_target(s', argmax_a Q_online(s', a))}.
 *
 * <p>The Q-network maps one observation vector to one Q-value per candidate (Discrete(K)); see
 * {@link DqnParameters} for the hyper-parameters. Training runs single-user episodes of
 * {@link World#environment()}; episode {@code e} resets with
 * {@code Seeds.derive(training.seed(), "train-user", e)}. Two implementations learn the same
 * function:
 * <ul>
 *   <li>{@code "dl4j"} (default): FeedGym's own loop on the DL4J network (replay memory in plain
 *       arrays, one mini-batch per update);</li>
 *   <li>{@code "rl4j"}: RL4J's {@code QLearningDiscrete} (the engine of
 *       {@code QLearningDiscreteDense}) on an RL4J {@code MDP} adapter of the environment, with
 *       RL4J's replay memory and its {@code StandardDQN}/{@code DoubleDQN} update algorithms. See
 *       {@link Rl4jDqnLearner} for what was adapted and why.</li>
 * </ul>
 * Both bootstrap on truncation and never on termination, and both stop with a
 * {@link TrainingDivergedException} when a loss or Q-value becomes NaN or infinite.
 *
 * <p>Acting ({@link #act}) is greedy and batched: one forward pass over the observation vectors of
 * all active users (ties go to the lower candidate index). Acting is deterministic, so a saved and
 * reloaded agent ({@link #save}, {@link #load}) takes exactly the same actions.
 */
public final class DqnAgent implements TrainableAgent, SavableAgent {

    /** Registry type of DQN. */
    public static final String DQN = "dqn";
    /** Registry type of Double DQN. */
    public static final String DOUBLE_DQN = "double-dqn";

    /** Name of the DL4J model file in a saved agent's directory. */
    public static final String NETWORK_FILE = "q-network.zip";

    private static final String NETWORK = "q";

    private final String type;
    private final DqnParameters parameters;
    private final AgentContext context;
    private final Mlp network;
    private long trainedSteps;

    /**
     * A new, untrained agent whose network weights derive from {@code context.seed()}.
     *
     * @param type       {@value #DQN} or {@value #DOUBLE_DQN}
     * @param parameters hyper-parameters
     * @param context    the world's dimensions and the agent's seed
     */
    public DqnAgent(String type, DqnParameters parameters, AgentContext context) {
        this(type, parameters, context,
                Mlp.create(Mlp.Head.Q, context.observationDimension(), context.candidateCount(),
                        parameters.hiddenLayers(), parameters.learningRate(), context.seed()), 0);
    }

    private DqnAgent(String type, DqnParameters parameters, AgentContext context, Mlp network, long trainedSteps) {
        if (!DQN.equals(type) && !DOUBLE_DQN.equals(type)) {
            throw new IllegalArgumentException("type must be one of [dqn, double-dqn], got '" + type + "'");
        }
        this.type = type;
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.context = Objects.requireNonNull(context, "context");
        this.network = network;
        this.trainedSteps = trainedSteps;
    }

    @Override
    public String type() {
        return type;
    }

    /** The hyper-parameters. */
    public DqnParameters parameters() {
        return parameters;
    }

    /** The context the agent was created with. */
    public AgentContext context() {
        return context;
    }

    /** True for Double DQN targets. */
    public boolean isDouble() {
        return DOUBLE_DQN.equals(type);
    }

    /** Environment steps trained so far, over every call of {@code train}. */
    public long trainedSteps() {
        return trainedSteps;
    }

    /** The network, for example {@code MLP 79-64-64-10 (ReLU, Adam), 10,250 parameters}. */
    public String describeNetwork() {
        return network.describe();
    }

    /**
     * The Q-values of one observation vector (one forward pass).
     *
     * @param observation exactly {@code context().observationDimension()} floats
     * @return one value per action
     */
    public float[] qValues(float[] observation) {
        if (observation.length != context.observationDimension()) {
            throw new IllegalArgumentException("observation must have " + context.observationDimension()
                    + " floats, got " + observation.length);
        }
        return network.output(observation.clone(), 1);
    }

    @Override
    public void act(ObservationBatch observations, int[] actions) {
        network.greedy(observations, actions);
    }

    /** The scores are the Q-values of the candidates. */
    @Override
    public void actWithScores(ObservationBatch observations, int[] actions, double[] scores) {
        network.greedy(observations, actions, scores);
    }

    /**
     * Trains on single-user episodes of {@code training.world()}.
     *
     * @throws IllegalArgumentException when the world's observation length or K differ from the
     *                                  context's
     */
    @Override
    public void train(Training training) throws TrainingDivergedException {
        World world = training.world();
        if (world.observationDimension() != context.observationDimension()
                || world.candidateCount() != context.candidateCount()) {
            throw new IllegalArgumentException("the world has observations of " + world.observationDimension()
                    + " floats and K = " + world.candidateCount() + "; this agent was created for "
                    + context.observationDimension() + " and K = " + context.candidateCount());
        }
        if (parameters.trainingUsers() > 1) {
            try (VectorEnvironment env = world.vectorEnvironment(null)) {
                trainVector(env, training.seed(), training.log());
            }
            return;
        }
        try (Environment<FeedObservation, Integer> env = world.environment()) {
            train(env, FeedObservation::vector, training.seed(), training.log());
        }
    }

    /**
     * Trains on {@code parameters().trainingUsers()} users of {@code environment} stepped together
     * (own loop only), for {@code parameters().trainingSteps()} environment steps; see
     * {@link DqnParameters#trainingUsers()}.
     *
     * @throws TrainingDivergedException when a loss or Q-value becomes NaN or infinite
     */
    public void trainVector(VectorEnvironment environment, long seed, TrainingLog log)
            throws TrainingDivergedException {
        if (environment.singleActionSpace().n() != context.candidateCount()) {
            throw new IllegalArgumentException("the action space must be Discrete(" + context.candidateCount()
                    + "), got " + environment.singleActionSpace().describe());
        }
        trainedSteps += new DqnLearner(type, parameters, isDouble(), network, context.seed())
                .trainVector(environment, seed, log);
    }

    /**
     * Trains on any environment with Discrete(K) actions, for {@code parameters().trainingSteps()}
     * environment steps. Episode {@code e} starts with {@code reset(Seeds.derive(seed, "train-user", e))}.
     * A second call continues from the current weights, but with an empty replay memory and epsilon
     * annealed again from {@code epsilonStart}.
     *
     * @param environment the environment; its action space must be Discrete(K)
     * @param encoder     turns an observation into exactly {@code observationDimension} floats
     * @param seed        the training seed (training users derive from it)
     * @param log         receives one point per finished episode
     * @param <O>         observation type
     * @throws TrainingDivergedException when a loss or Q-value becomes NaN or infinite; the
     *                                   network is left as it was at that step
     */
    public <O> void train(Environment<O, Integer> environment, Function<? super O, float[]> encoder, long seed,
                          TrainingLog log) throws TrainingDivergedException {
        if (!(environment.actionSpace() instanceof DiscreteSpace d) || d.n() != context.candidateCount()) {
            throw new IllegalArgumentException("the action space must be Discrete(" + context.candidateCount()
                    + "), got " + environment.actionSpace().describe());
        }
        long steps = parameters.implementation().trainer(type, parameters, isDouble(), network, context.seed())
                .train(environment, encoder, seed, log);
        trainedSteps += steps;
    }

    /**
     * Writes {@value SavableAgent#DESCRIPTION_FILE} (type, parameters, context, steps trained) and
     * {@value #NETWORK_FILE} (the DL4J model with its optimiser state) into {@code dir}.
     */
    @Override
    public void save(Path dir) throws IOException {
        SavedAgent.write(dir, type, parameters, context, trainedSteps, Map.of(NETWORK, network));
    }

    /**
     * Reads an agent written by {@link #save}.
     *
     * @throws IOException when a file is missing or unreadable, or the description is not a DQN
     *                     agent's or does not match the network
     */
    public static DqnAgent load(Path dir, AgentContext loading) throws IOException {
        SavedAgent.Loaded<DqnParameters> d = SavedAgent.read(dir, Set.of(DQN, DOUBLE_DQN), DqnParameters.class, loading,
                DqnParameters::hiddenLayers, (t, c) -> Map.of(NETWORK, c.candidateCount()));
        return new DqnAgent(d.type(), d.parameters(), d.context(), d.networks().get(NETWORK), d.trainedSteps());
    }
}
