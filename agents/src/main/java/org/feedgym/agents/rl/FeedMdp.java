package org.feedgym.agents.rl;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.deeplearning4j.gym.StepReply;
import org.deeplearning4j.rl4j.mdp.MDP;
import org.deeplearning4j.rl4j.space.ArrayObservationSpace;
import org.deeplearning4j.rl4j.space.DiscreteSpace;
import org.deeplearning4j.rl4j.space.ObservationSpace;
import org.feedgym.env.Environment;
import org.feedgym.env.StepResult;
import org.feedgym.env.random.Seeds;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A FeedGym {@link Environment} with Discrete(K) actions presented as an RL4J
 * {@link MDP}{@code <FeedState, Integer, DiscreteSpace>}.
 *
 * <p><b>Terminated vs truncated.</b> RL4J's MDP has a single {@code isDone()}, but its learners
 * read the end of an episode in two places: the training loop stops when {@code mdp.isDone()},
 * while the transition stored for learning takes its terminal flag from the step's
 * {@link StepReply#isDone()} (see {@code QLearningDiscrete.trainStep}, and
 * {@code AsyncThreadDiscrete.trainSubEpoch} for the async learners). A non-terminal last
 * transition gets the episode's final observation as its next observation
 * ({@code handleEpisodeEnd}/{@code setFinalObservation}) and its target bootstraps from it; a
 * terminal one does not bootstrap. This adapter therefore reports:
 * <ul>
 *   <li>{@code StepReply.isDone()} = {@code terminated} only — the user left; no bootstrapping;</li>
 *   <li>{@code isDone()} = {@code terminated || truncated} (or the training budget is spent) —
 *       the episode is over, so RL4J resets. A truncated transition is stored as non-terminal
 *       with its true next observation, so its target bootstraps, as Gymnasium semantics
 *       require.</li>
 * </ul>
 * Had {@code StepReply.isDone()} been {@code terminated || truncated}, RL4J would treat every
 * horizon cut as the end of the world and never bootstrap from it.
 *
 * <p><b>Seeds.</b> Episode {@code e} (counted over this MDP and every {@link #newInstance()} of
 * it) resets the environment with {@code Seeds.derive(trainingSeed, "train-user", e)}. Random
 * actions come from an ND4J generator created for this MDP with an explicit seed, never from
 * {@code Nd4j.getRandom()}.
 *
 * <p><b>Step budget.</b> When a budget is given the MDP reports {@code isDone()} once that many
 * steps were taken in total, cutting the last episode like a horizon (no terminal flag), so that
 * training stops after exactly the configured number of steps.
 *
 * @param <O> the environment's observation type
 */
final class FeedMdp<O> implements MDP<FeedState, Integer, DiscreteSpace> {

    private final Supplier<? extends Environment<O, Integer>> factory;
    private final Environment<O, Integer> env;
    private final Function<? super O, float[]> encoder;
    private final int dim;
    private final int actions;
    private final long trainingSeed;
    private final long actionSeed;
    private final AtomicInteger episodes;
    private final AtomicInteger instances;
    private final long budget;
    private final DiscreteSpace actionSpace;
    private final ObservationSpace<FeedState> observationSpace;
    private long steps;
    private boolean done = true;
    private boolean lastEndedByEnvironment;

    /**
     * @param factory      creates the environment (again for each {@link #newInstance()})
     * @param encoder      observation to exactly {@code dim} floats
     * @param dim          observation vector length
     * @param actions      K
     * @param trainingSeed root of the training users' seeds
     * @param actionSeed   seed of the random actions of this MDP (instances derive their own)
     * @param budget       total steps after which {@code isDone()} holds, or {@code Long.MAX_VALUE}
     */
    FeedMdp(Supplier<? extends Environment<O, Integer>> factory, Function<? super O, float[]> encoder, int dim,
            int actions, long trainingSeed, long actionSeed, long budget) {
        this(factory, factory.get(), encoder, dim, actions, trainingSeed, actionSeed, budget, new AtomicInteger(),
                new AtomicInteger());
    }

    private FeedMdp(Supplier<? extends Environment<O, Integer>> factory, Environment<O, Integer> env,
                    Function<? super O, float[]> encoder, int dim, int actions, long trainingSeed, long actionSeed,
                    long budget, AtomicInteger episodes, AtomicInteger instances) {
        this.factory = factory;
        this.env = env;
        this.encoder = encoder;
        this.dim = dim;
        this.actions = actions;
        this.trainingSeed = trainingSeed;
        this.actionSeed = actionSeed;
        this.budget = budget;
        this.episodes = episodes;
        this.instances = instances;
        Random random = Nd4j.getRandomFactory().getNewRandomInstance(actionSeed);
        this.actionSpace = new DiscreteSpace(actions, random);
        this.observationSpace = new ArrayObservationSpace<>(new int[] {dim});
    }

    @Override
    public ObservationSpace<FeedState> getObservationSpace() {
        return observationSpace;
    }

    @Override
    public DiscreteSpace getActionSpace() {
        return actionSpace;
    }

    @Override
    public FeedState reset() {
        long seed = Seeds.derive(trainingSeed, "train-user", episodes.getAndIncrement());
        done = false;
        lastEndedByEnvironment = false;
        return state(env.reset(seed).observation());
    }

    @Override
    public StepReply<FeedState> step(Integer action) {
        if (done) {
            throw new IllegalStateException("the episode is over: call reset() first");
        }
        StepResult<O> r = env.step(action);
        steps++;
        lastEndedByEnvironment = r.done();
        done = r.done() || steps >= budget;
        // RL4J stores this flag as the transition's terminal flag: only termination stops bootstrapping.
        return new StepReply<>(state(r.observation()), r.reward(), r.terminated(), null);
    }

    @Override
    public boolean isDone() {
        return done;
    }

    /** Steps taken by this instance. */
    long steps() {
        return steps;
    }

    /** True when the last episode ended by termination or truncation, false when cut by the budget. */
    boolean lastEndedByEnvironment() {
        return lastEndedByEnvironment;
    }

    /** Episodes begun by this MDP and its instances. */
    int episodes() {
        return episodes.get();
    }

    @Override
    public void close() {
        env.close();
    }

    /**
     * A new MDP on a fresh environment for another RL4J worker thread. It shares the episode
     * counter (so no two workers train on the same user) and draws random actions from its own
     * generator, seeded from this one's seed and the instance number.
     */
    @Override
    public MDP<FeedState, Integer, DiscreteSpace> newInstance() {
        int instance = instances.incrementAndGet();
        return new FeedMdp<>(factory, factory.get(), encoder, dim, actions, trainingSeed,
                Seeds.derive(actionSeed, "instance", instance), budget, episodes, instances);
    }

    private FeedState state(O observation) {
        float[] v = encoder.apply(observation);
        if (v.length != dim) {
            throw new IllegalArgumentException("encoded observation must have " + dim + " floats, got " + v.length);
        }
        return new FeedState(v);
    }
}
