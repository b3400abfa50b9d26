package org.feedgym.agents.rl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.SavableAgent;
import org.feedgym.agents.TrainableAgent;
import org.feedgym.agents.Training;
import org.feedgym.agents.TrainingDivergedException;
import org.feedgym.agents.TrainingLog;
import org.feedgym.env.DiscreteSpace;
import org.feedgym.env.Environment;
import org.feedgym.env.FeedObservation;
import org.feedgym.env.ObservationBatch;
import org.feedgym.env.world.World;

/**
 * RL4J's asynchronous agents (Mnih et al. 2016, "Asynchronous Methods for Deep Reinforcement
 * Learning", ICML): {@code nstep-q}, asynchronous N-step Q-learning with one Q-network, and
 * {@code a3c}, advantage actor-critic with a value network and a policy network. Both are trained
 * by RL4J's worker threads ({@link Rl4jAsyncLearner}); see {@link AsyncParameters} for the
 * hyper-parameters.
 *
 * <p>Acting ({@link #act}) is greedy and batched: one forward pass over the active users'
 * observation vectors through the Q-network (N-step Q) or the policy network (A3C; the most
 * probable candidate), ties to the lower index. A saved and reloaded agent takes exactly the same
 * actions.
 *
 * <p>Reproducibility: with {@code threads = 1} a training run is determined by its seeds; with
 * more threads it is not (RL4J's workers share one network and race for updates).
 */
public final class AsyncAgent implements TrainableAgent, SavableAgent {

    /** Registry type of asynchronous N-step Q-learning. */
    public static final String NSTEP_Q = "nstep-q";
    /** Registry type of A3C. */
    public static final String A3C = "a3c";

    private static final String Q = "q";
    private static final String VALUE = "value";
    private static final String POLICY = "policy";

    private final String type;
    private final AsyncParameters parameters;
    private final AgentContext context;
    private final Map<String, Mlp> networks;
    private long trainedSteps;

    /**
     * A new, untrained agent whose network weights derive from {@code context.seed()}.
     *
     * @param type       {@value #NSTEP_Q} or {@value #A3C}
     * @param parameters hyper-parameters
     * @param context    the world's dimensions and the agent's seed
     */
    public AsyncAgent(String type, AsyncParameters parameters, AgentContext context) {
        this(type, parameters, context, newNetworks(type, parameters, context), 0);
    }

    private AsyncAgent(String type, AsyncParameters parameters, AgentContext context, Map<String, Mlp> networks,
                       long trainedSteps) {
        requireType(type);
        this.type = type;
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.context = Objects.requireNonNull(context, "context");
        this.networks = networks;
        this.trainedSteps = trainedSteps;
    }

    private static void requireType(String type) {
        if (!NSTEP_Q.equals(type) && !A3C.equals(type)) {
            throw new IllegalArgumentException("type must be one of [nstep-q, a3c], got '" + type + "'");
        }
    }

    private static Map<String, Mlp> newNetworks(String type, AsyncParameters p, AgentContext c) {
        requireType(type);
        Map<String, Mlp> n = new LinkedHashMap<>();
        if (NSTEP_Q.equals(type)) {
            n.put(Q, Mlp.create(Mlp.Head.Q, c.observationDimension(), c.candidateCount(), p.hiddenLayers(),
                    p.learningRate(), c.seed()));
        } else {
            n.put(VALUE, Mlp.create(Mlp.Head.VALUE, c.observationDimension(), 1, p.hiddenLayers(),
                    p.learningRate(), c.seed()));
            n.put(POLICY, Mlp.create(Mlp.Head.POLICY, c.observationDimension(), c.candidateCount(),
                    p.hiddenLayers(), p.learningRate(), c.seed()));
        }
        return n;
    }

    /** The networks of a type and their output widths, in a fixed order. */
    private static Map<String, Integer> outputs(String type, AgentContext c) {
        Map<String, Integer> m = new LinkedHashMap<>();
        if (NSTEP_Q.equals(type)) {
            m.put(Q, c.candidateCount());
        } else {
            m.put(VALUE, 1);
            m.put(POLICY, c.candidateCount());
        }
        return m;
    }

    @Override
    public String type() {
        return type;
    }

    /** The hyper-parameters. */
    public AsyncParameters parameters() {
        return parameters;
    }

    /** The context the agent was created with. */
    public AgentContext context() {
        return context;
    }

    /** Environment steps trained so far, as counted by RL4J. */
    public long trainedSteps() {
        return trainedSteps;
    }

    /** The networks, e.g. {@code q: MLP 79-64-64-10 (ReLU, Adam), 9,930 parameters}. */
    public String describeNetworks() {
        StringBuilder sb = new StringBuilder();
        networks.forEach((name, net) -> sb.append(sb.length() == 0 ? "" : "; ").append(name).append(": ")
                .append(net.describe()));
        return sb.toString();
    }

    /** The network that picks actions: the Q-network, or A3C's policy network. */
    private Mlp actor() {
        return networks.getOrDefault(Q, networks.get(POLICY));
    }

    /**
     * The action scores of one observation: Q-values (N-step Q) or action probabilities (A3C).
     *
     * @param observation exactly {@code context().observationDimension()} floats
     */
    public float[] scores(float[] observation) {
        if (observation.length != context.observationDimension()) {
            throw new IllegalArgumentException("observation must have " + context.observationDimension()
                    + " floats, got " + observation.length);
        }
        return actor().output(observation.clone(), 1);
    }

    @Override
    public void act(ObservationBatch observations, int[] actions) {
        actor().greedy(observations, actions);
    }

    /** The scores are the network's action scores: Q-values (N-step Q) or action probabilities (A3C). */
    @Override
    public void actWithScores(ObservationBatch observations, int[] actions, double[] scores) {
        actor().greedy(observations, actions, scores);
    }

    @Override
    public void train(Training training) throws TrainingDivergedException {
        World world = training.world();
        if (world.observationDimension() != context.observationDimension()
                || world.candidateCount() != context.candidateCount()) {
            throw new IllegalArgumentException("the world has observations of " + world.observationDimension()
                    + " floats and K = " + world.candidateCount() + "; this agent was created for "
                    + context.observationDimension() + " and K = " + context.candidateCount());
        }
        train(world::environment, FeedObservation::vector, training.seed(), training.log());
    }

    /**
     * Trains on environments from {@code environments} (one per RL4J worker thread), for about
     * {@code parameters().trainingSteps()} steps. Episode {@code e}, counted over all workers, starts
     * with {@code reset(Seeds.derive(seed, "train-user", e))}.
     *
     * @param environments creates one environment per worker (and one more, to check the action
     *                     space); actions must be Discrete(K)
     * @param encoder      turns an observation into exactly {@code observationDimension} floats
     * @param seed         the training seed (training users derive from it)
     * @param log          receives one point per finished episode, from the worker threads in turn
     * @param <O>          observation type
     * @throws TrainingDivergedException when a worker's loss becomes NaN or infinite
     */
    public <O> void train(Supplier<? extends Environment<O, Integer>> environments, Function<? super O, float[]> encoder,
                          long seed, TrainingLog log) throws TrainingDivergedException {
        Environment<O, Integer> probe = environments.get();
        try (probe) {
            if (!(probe.actionSpace() instanceof DiscreteSpace d) || d.n() != context.candidateCount()) {
                throw new IllegalArgumentException("the action space must be Discrete(" + context.candidateCount()
                        + "), got " + probe.actionSpace().describe());
            }
        }
        long steps = NSTEP_Q.equals(type)
                ? Rl4jAsyncLearner.trainNStepQ(type, parameters, networks.get(Q), context.seed(), environments, encoder,
                        seed, log)
                : Rl4jAsyncLearner.trainA3c(type, parameters, networks.get(VALUE), networks.get(POLICY),
                        context.seed(), environments, encoder, seed, log);
        trainedSteps += steps;
    }

    /** Writes the description and one DL4J model file per network into {@code dir}. */
    @Override
    public void save(Path dir) throws IOException {
        SavedAgent.write(dir, type, parameters, context, trainedSteps, networks);
    }

    /** Reads an agent written by {@link #save}. */
    public static AsyncAgent load(Path dir, AgentContext loading) throws IOException {
        SavedAgent.Loaded<AsyncParameters> d = SavedAgent.read(dir, Set.of(NSTEP_Q, A3C), AsyncParameters.class, loading,
                AsyncParameters::hiddenLayers, AsyncAgent::outputs);
        return new AsyncAgent(d.type(), d.parameters(), d.context(), new LinkedHashMap<>(d.networks()),
                d.trainedSteps());
    }
}
